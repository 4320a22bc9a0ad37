import { parseArgs } from 'node:util';
import type { Locale } from '../core/findings';
import { isMainThread } from 'node:worker_threads';
import { runDemo } from './commands/demo';
import { runExportRatings } from './commands/export-ratings';
import { runGenerate } from './commands/generate';
import { runInit } from './commands/init';
import { runValidate } from './commands/validate';
import { UsageError, exitCodes, type ExitCode } from './errors';
import { exportWorkerCommand, runRenderWorker } from './export/render-worker';
import type { CommandIo } from './io';

declare const VANKIEN_VERSION: string;

const helpVi = `vankien — kiểm tra sổ theo dõi và soạn văn bản Đảng từ Excel

Cách dùng:
  vankien init <tệp.xlsx> [--force]          tạo sổ theo dõi mới đủ các trang tính, tiêu đề cột, danh sách chọn
  vankien validate <tệp.xlsx> [--json] [--year N]
                                             kiểm tra sổ theo dõi theo các quy tắc, liệt kê phát hiện theo ô
  vankien generate <tệp.xlsx> --doc <loại> [--conference <Mã HN>] [--year N] [--template <mẫu.docx>] [--out <thư mục|tệp>]
                                             soạn một văn bản .docx; loại: nghi-quyet, thong-bao-ket-luan,
                                             bien-ban (theo hội nghị), bao-cao-xep-loai (theo năm)
  vankien export-ratings <tệp.xlsx> --year N [--out <tệp.zip>] [--org <mã,…>]
                                             xuất một tệp zip: bảng xếp loại .docx của từng tổ chức đảng,
                                             tệp Excel tổng hợp (mỗi tổ chức một trang), báo cáo năm, README.txt
  vankien demo [--out <thư mục>]             soạn mọi loại văn bản và xuất bảng xếp loại từ sổ mẫu (mặc định vào out/)

Tùy chọn chung:
  --lang vi|en    ngôn ngữ thông báo (mặc định vi)
  --debug         in chi tiết lỗi kỹ thuật (với export-ratings: thời gian từng bước)
  --workers N     số luồng kết xuất bảng xếp loại của export-ratings (0–8; mặc định: từ 24 tổ chức, một luồng cho mỗi lõi rảnh, tối đa 3)
  -h, --help      trợ giúp      -v, --version   phiên bản

Mã thoát: 0 xong (có thể có cảnh báo); 1 sổ có lỗi chặn yêu cầu (không ghi gì);
2 lệnh sai hoặc tệp không đọc được.`;

const helpEn = `vankien — check a Party committee workbook and write its documents

Usage:
  vankien init <file.xlsx> [--force]          write a new workbook with every sheet, header and dropdown
  vankien validate <file.xlsx> [--json] [--year N]
                                             check the workbook against the rules; findings by cell
  vankien generate <file.xlsx> --doc <kind> [--conference <code>] [--year N] [--template <file.docx>] [--out <dir|file>]
                                             write one .docx; kinds: nghi-quyet, thong-bao-ket-luan,
                                             bien-ban (per conference), bao-cao-xep-loai (per year)
  vankien export-ratings <file.xlsx> --year N [--out <file.zip>] [--org <code,…>]
                                             one zip: a rating table .docx per organization, a summary
                                             workbook (a sheet per organization), the yearly report, README.txt
  vankien demo [--out <dir>]                 every document kind and the rating export from the sample workbook (default out/)

Common options:
  --lang vi|en    message language (default vi)
  --debug         print technical details of unexpected errors (export-ratings: stage timings)
  --workers N     render threads of export-ratings (0–8; default: from 24 organizations, one per idle core, at most 3)
  -h, --help      help          -v, --version   version

Exit codes: 0 done (warnings allowed); 1 the workbook has errors that block the request (nothing
written); 2 unusable invocation or unreadable input.`;

const options = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  debug: { type: 'boolean' },
  lang: { type: 'string' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
  year: { type: 'string' },
  doc: { type: 'string' },
  conference: { type: 'string' },
  template: { type: 'string' },
  out: { type: 'string', short: 'o' },
  org: { type: 'string' },
  workers: { type: 'string' },
} as const;

function parseWorkers(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const count = Number(text);
  if (!Number.isInteger(count) || count < 0 || count > 8) {
    throw new UsageError(`--workers nhận một số từ 0 đến 8 (nhận được «${text}»).`, `--workers takes a number from 0 to 8 (got «${text}»).`);
  }
  return count;
}

function parseOrganizations(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const codes = text.split(/[,;]/).map((c) => c.trim()).filter((c) => c !== '');
  if (codes.length === 0) throw new UsageError('--org cần ít nhất một mã tổ chức, ví dụ --org CB01,CB02.', '--org needs at least one organization code, e.g. --org CB01,CB02.');
  return codes;
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  if (!Number.isInteger(year) || year < 1930 || year > 2200) {
    throw new UsageError(`--year cần một năm, ví dụ --year 2025 (nhận được «${text}»).`, `--year needs a year, e.g. --year 2025 (got «${text}»).`);
  }
  return year;
}

function oneFile(positionals: readonly string[], command: string): string {
  const file = positionals[1];
  if (file === undefined || positionals.length > 2) {
    throw new UsageError(
      `Lệnh «${command}» cần đúng một tệp .xlsx. Xem: vankien --help`,
      `«${command}» takes exactly one .xlsx file. See: vankien --help`,
    );
  }
  return file;
}

export async function main(argv: readonly string[], io: Omit<CommandIo, 'locale'>): Promise<ExitCode> {
  // A render thread of export-ratings runs this same bundle (src/cli/export/render-pool.ts).
  if (argv[0] === exportWorkerCommand && !isMainThread) {
    await runRenderWorker();
    return exitCodes.done;
  }
  let locale: Locale = 'vi';
  let debug = argv.includes('--debug');
  try {
    const parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    const values = parsed.values;
    debug = values.debug === true;
    if (values.lang !== undefined) {
      if (values.lang !== 'vi' && values.lang !== 'en') {
        throw new UsageError('--lang nhận vi hoặc en.', '--lang takes vi or en.');
      }
      locale = values.lang;
    }
    const commandIo: CommandIo = { ...io, locale };
    const command = parsed.positionals[0];
    if (values.version === true) {
      io.stdout.write(`${VANKIEN_VERSION}\n`);
      return exitCodes.done;
    }
    if (values.help === true || command === undefined || command === 'help') {
      io.stdout.write(`${locale === 'en' ? helpEn : helpVi}\n`);
      return command === undefined && values.help !== true ? exitCodes.unusable : exitCodes.done;
    }
    switch (command) {
      case 'init':
        return await runInit({ file: oneFile(parsed.positionals, command), force: values.force === true }, commandIo);
      case 'validate': {
        const year = parseYear(values.year);
        return await runValidate(
          { file: oneFile(parsed.positionals, command), json: values.json === true, ...(year === undefined ? {} : { year }) },
          commandIo,
        );
      }
      case 'generate': {
        const year = parseYear(values.year);
        return await runGenerate(
          {
            file: oneFile(parsed.positionals, command),
            kind: values.doc,
            ...(values.conference === undefined ? {} : { conference: values.conference }),
            ...(year === undefined ? {} : { year }),
            ...(values.template === undefined ? {} : { template: values.template }),
            ...(values.out === undefined ? {} : { out: values.out }),
          },
          commandIo,
        );
      }
      case 'export-ratings': {
        const year = parseYear(values.year);
        const organizations = parseOrganizations(values.org);
        const workers = parseWorkers(values.workers);
        return await runExportRatings(
          {
            file: oneFile(parsed.positionals, command),
            ...(year === undefined ? {} : { year }),
            ...(values.out === undefined ? {} : { out: values.out }),
            ...(organizations === undefined ? {} : { organizations }),
            ...(workers === undefined ? {} : { workers }),
            timings: debug,
          },
          commandIo,
          { handleSignals: true },
        );
      }
      case 'demo':
        if (parsed.positionals.length > 1) {
          throw new UsageError('Lệnh «demo» không nhận tệp; dùng --out <thư mục>.', '«demo» takes no file; use --out <dir>.');
        }
        return await runDemo(values.out === undefined ? {} : { out: values.out }, commandIo);
      default:
        throw new UsageError(
          `Không có lệnh «${command}». Các lệnh: init, validate, generate, export-ratings, demo. Xem: vankien --help`,
          `No command «${command}». Commands: init, validate, generate, export-ratings, demo. See: vankien --help`,
        );
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`vankien: ${error.text(locale)}\n`);
      return exitCodes.unusable;
    }
    if (isNodeArgError(error)) {
      io.stderr.write(
        `vankien: ${locale === 'en' ? 'invalid option' : 'tùy chọn không hợp lệ'}: ${error.message}. ${locale === 'en' ? 'See' : 'Xem'}: vankien --help\n`,
      );
      return exitCodes.unusable;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `vankien: ${locale === 'en' ? 'unexpected error' : 'lỗi ngoài dự kiến'}: ${detail}${debug ? '' : locale === 'en' ? ' (add --debug for details)' : ' (thêm --debug để xem chi tiết)'}\n`,
    );
    if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
    return exitCodes.unusable;
  }
}

function isNodeArgError(error: unknown): error is Error {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
}
