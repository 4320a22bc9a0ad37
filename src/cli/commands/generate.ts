import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  documentKindInfo,
  documentKinds,
  isDocumentKind,
  prepareDocument,
  type DocumentKind,
} from '../../core/documents/generate';
import { safeFileName } from '../../core/export/file-names';
import type { CalendarDate } from '../../core/model/types';
import { renderDocx, type TemplateData, type TemplateProblem } from '../../core/template/index';
import { validateSnapshot } from '../../core/validate';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { UsageError, exitCodes, type ExitCode } from '../errors';
import { loadWorkbook, writeFileAtomic } from '../files';
import { formatFindings } from '../format-findings';
import type { CommandIo } from '../io';
import { loadTemplate } from '../templates';

export interface GenerateArgs {
  readonly file: string;
  readonly kind: string | undefined;
  readonly conference?: string;
  readonly year?: number;
  readonly template?: string;
  readonly out?: string;
}

export function parseKind(text: string | undefined): DocumentKind {
  if (text === undefined || !isDocumentKind(text)) {
    throw new UsageError(
      `--doc cần một loại văn bản: ${documentKinds.join(', ')}${text === undefined ? '' : ` (nhận được «${text}»)`}.`,
      `--doc needs a document kind: ${documentKinds.join(', ')}${text === undefined ? '' : ` (got «${text}»)`}.`,
    );
  }
  return text;
}

export function today(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export function templateProblemsText(problems: readonly TemplateProblem[], io: CommandIo): string {
  return problems.map((p) => `  ✗ [${p.code}] ${io.locale === 'en' ? p.messageEn : p.message}`).join('\n');
}

export interface GeneratedFile {
  readonly path: string;
  readonly bytes: number;
}

export interface GenerateOneRequest {
  readonly kind: DocumentKind;
  readonly conference?: string;
  readonly year?: number;
  readonly template?: string;
  /** Directory, or a .docx path. */
  readonly out: string;
}

/** Generates one document from a snapshot; prints findings or problems and returns the exit code. */
export async function generateOne(
  snapshot: WorkbookSnapshot,
  request: GenerateOneRequest,
  io: CommandIo,
): Promise<{ code: ExitCode; file?: GeneratedFile }> {
  const info = documentKindInfo[request.kind];
  const { model, findings } = validateSnapshot(snapshot, {
    needs: info.needs,
    ...(request.year === undefined ? {} : { year: request.year }),
  });
  const prepared = prepareDocument(model, findings, {
    kind: request.kind,
    ...(request.conference === undefined ? {} : { conference: request.conference }),
    ...(request.year === undefined ? {} : { year: request.year }),
    date: today(),
  });
  if (!prepared.ok) {
    if (prepared.problem !== undefined) {
      io.stderr.write(`vankien: ${io.locale === 'en' ? prepared.problem.en : prepared.problem.vi}\n`);
      return { code: exitCodes.unusable };
    }
    io.stdout.write(
      `${io.locale === 'en' ? `${info.titleEn} not generated: the workbook has errors that block it.` : `Chưa soạn được ${info.title.toLowerCase()}: sổ theo dõi có lỗi cần sửa trước.`}\n\n`,
    );
    io.stdout.write(formatFindings(prepared.findings, { locale: io.locale, color: io.isTty }));
    return { code: exitCodes.blocked };
  }
  const loaded = await loadTemplate(request.kind, request.template);
  if (loaded.template === undefined) {
    io.stderr.write(
      `vankien: ${io.locale === 'en' ? 'the template cannot be used' : 'mẫu văn bản không dùng được'}:\n${templateProblemsText(loaded.problems, io)}\n`,
    );
    return { code: exitCodes.unusable };
  }
  const rendered = renderDocx(loaded.template, prepared.data as TemplateData);
  if (rendered.bytes === undefined) {
    io.stderr.write(
      `vankien: ${io.locale === 'en' ? 'the document cannot be rendered' : 'không kết xuất được văn bản'}:\n${templateProblemsText(rendered.problems, io)}\n`,
    );
    return { code: exitCodes.unusable };
  }
  const target = /\.docx$/i.test(request.out) ? request.out : path.join(request.out, safeFileName(prepared.name, 'docx'));
  await writeFileAtomic(target, rendered.bytes);
  const warnings = prepared.notes.filter((f) => f.severity === 'warning').length;
  if (warnings > 0) {
    io.stdout.write(
      io.locale === 'en'
        ? `Note: ${warnings} warning(s) concern this document (they do not block it); see: vankien validate\n`
        : `Lưu ý: có ${warnings} cảnh báo liên quan đến văn bản này (không chặn việc soạn); xem: vankien validate\n`,
    );
  }
  return { code: exitCodes.done, file: { path: target, bytes: rendered.bytes.length } };
}

/** `vankien generate <file.xlsx> --doc <kind> …` (spec/CLI.md). */
export async function runGenerate(args: GenerateArgs, io: CommandIo): Promise<ExitCode> {
  const kind = parseKind(args.kind);
  const loaded = await loadWorkbook(args.file);
  if (loaded.snapshot === undefined) {
    if (loaded.problem !== undefined) io.stderr.write(`vankien: ${io.locale === 'en' ? loaded.problem.messageEn : loaded.problem.message}\n`);
    return exitCodes.unusable;
  }
  if (args.template !== undefined) {
    try {
      await fs.access(path.resolve(io.cwd, args.template));
    } catch {
      throw new UsageError(`Không tìm thấy mẫu «${args.template}».`, `Template «${args.template}» not found.`);
    }
  }
  const result = await generateOne(
    loaded.snapshot,
    {
      kind,
      out: path.resolve(io.cwd, args.out ?? '.'),
      ...(args.conference === undefined ? {} : { conference: args.conference }),
      ...(args.year === undefined ? {} : { year: args.year }),
      ...(args.template === undefined ? {} : { template: path.resolve(io.cwd, args.template) }),
    },
    io,
  );
  if (result.file !== undefined) {
    io.stdout.write(`${io.locale === 'en' ? 'Written' : 'Đã ghi'}: ${result.file.path}\n`);
  }
  return result.code;
}
