import type { Locale } from '../../core/findings';
import { promises as fs } from 'node:fs';
import { availableParallelism, cpus, loadavg, type CpuInfo } from 'node:os';
import path from 'node:path';
import { headerData } from '../../core/documents/common';
import { planExport } from '../../core/export/plan';
import { tableDataOfSheet } from '../../core/export/workbook-data';
import { runExport, type ExportHooks } from '../../core/export/run-export';
import { renderDocx, type CompiledTemplate, type TemplateData } from '../../core/template/index';
import type { Finding } from '../../core/findings';
import { validateSnapshot, type ValidationResult } from '../../core/validate';
import { sheetsNeeded } from '../../core/workbook/contract';
import { RatingsWorkbookWriter } from '../../xlsx/write-ratings-workbook';
import { UsageError, exitCodes, type ExitCode } from '../errors';
import { openAtomicOutput, removeStaleTemporaries, type AtomicOutput } from '../export/atomic-output';
import { createProgress } from '../export/progress';
import { PooledExport, createRenderPool, type OrganizationWork, type RenderPool } from '../export/render-pool';
import { compileTableTemplate, fastDeflate, nativeCrc, packOrganizationSheet, renderTableDocx, zlibDeflate, type OrganizationJob } from '../export/render-worker';
import { loadWorkbook } from '../files';
import { formatFindings } from '../format-findings';
import type { CommandIo } from '../io';
import { builtInTemplatesDir, loadTemplate } from '../templates';
import { templateProblemsText, today } from './generate';

export const ratingTableTemplate = 'bang-xep-loai.docx';
const handledSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export interface ExportRatingsArgs {
  readonly file: string;
  readonly year?: number;
  /** A .zip path or a folder; "Kết quả xếp loại <year>.zip" in the current folder by default. */
  readonly out?: string;
  /** Mã tổ chức to export; all when absent. */
  readonly organizations?: readonly string[];
  /** Worker threads; `defaultWorkers` when absent. */
  readonly workers?: number;
  /** Stage timings on stderr. */
  readonly timings?: boolean;
}

export interface ExportRatingsOptions {
  /** The bundled CLI a worker thread runs; workers are off when absent (tests run the TypeScript). */
  readonly workerScript?: string;
  /** React to SIGINT/SIGTERM/SIGHUP: stop, delete the half file, then die by the signal. */
  readonly handleSignals?: boolean;
}

function bundledScript(): string | undefined {
  return __filename.endsWith('.cjs') ? __filename : undefined;
}

export function defaultZipName(year: number): string {
  return `Kết quả xếp loại ${year}.zip`;
}

async function resolveTarget(out: string | undefined, year: number, cwd: string): Promise<string> {
  if (out === undefined) return path.join(cwd, defaultZipName(year));
  const resolved = path.resolve(cwd, out);
  if (/\.zip$/i.test(out)) return resolved;
  const stat = await fs.stat(resolved).catch(() => undefined);
  if (stat?.isDirectory() === true || /[\\/]$/.test(out)) return path.join(resolved, defaultZipName(year));
  return `${resolved}.zip`;
}

/** In its own frame, so that the snapshot can be collected once the model is built. */
async function readAndValidate(
  file: string,
  year: number | undefined,
  lap: (stage: string) => void,
): Promise<ValidationResult | { readonly problem: Finding | undefined }> {
  const loaded = await loadWorkbook(file);
  if (loaded.snapshot === undefined) return { problem: loaded.problem };
  lap('read');
  const result = validateSnapshot(loaded.snapshot, { needs: sheetsNeeded.ratings, ...(year === undefined ? {} : { year }) });
  lap('validate');
  return result;
}

/** Cores left idle between two `cpus()` readings (0 … cores); undefined when the window is too short to tell. */
export function idleCores(before: readonly CpuInfo[], after: readonly CpuInfo[]): number | undefined {
  let idle = 0;
  let total = 0;
  after.forEach((cpu, i) => {
    const was = before[i]?.times;
    if (was === undefined) return;
    const t = cpu.times;
    idle += t.idle - was.idle;
    total += t.user - was.user + (t.nice - was.nice) + (t.sys - was.sys) + (t.irq - was.irq) + (t.idle - was.idle);
  });
  // cpus() counts in 10 ms ticks: under ~0.3 s per core the share is mostly rounding.
  if (total < after.length * 300) return undefined;
  return (idle / total) * after.length;
}

/**
 * Worker threads for tables and sheets beside the main thread (which plans, orders, writes the zip and
 * helps when the workers are behind): a worker pays on a core that is really free, which is measured while
 * the workbook is read and checked (`idle`: our own process keeps one core busy then; the 1-minute load
 * average stands in when that took too short a time). One worker per free core, at most 3.
 */
export function defaultWorkers(organizations: number, cores = availableParallelism(), idle = Math.max(0, cores - (loadavg()[0] ?? 0))): number {
  if (organizations < 24 || cores < 2) return 0;
  return Math.max(0, Math.min(cores - 1, 3, Math.floor(idle + 0.5)));
}

/** Decimal comma in Vietnamese (REGULATIONS.md §5), point in English. */
const megabytes = (bytes: number, locale: Locale): string => {
  const text = (bytes / 1048576).toFixed(1);
  return locale === 'en' ? text : text.replace('.', ',');
};

/** `vankien export-ratings <file.xlsx> --year N [--out <file.zip>] [--org CODE,…]` (spec/CLI.md). */
export async function runExportRatings(args: ExportRatingsArgs, io: CommandIo, options: ExportRatingsOptions = {}): Promise<ExitCode> {
  const en = io.locale === 'en';
  const clock = { start: performance.now(), last: performance.now() };
  const cpusAtStart = cpus();
  const timings: string[] = [];
  const lap = (stage: string): void => {
    const now = performance.now();
    timings.push(`${stage} ${(now - clock.last).toFixed(0)} ms`);
    clock.last = now;
  };
  const stderrTty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  // Reading and checking a province's workbook takes seconds: say so on a terminal (the bar overwrites it).
  if (stderrTty) io.stderr.write(en ? 'Reading and checking the workbook…' : 'Đang đọc và kiểm tra sổ theo dõi…');
  const checked = await readAndValidate(path.resolve(io.cwd, args.file), args.year, lap);
  if (stderrTty) io.stderr.write('\r\x1b[2K');
  if ('problem' in checked) {
    if (checked.problem !== undefined) io.stderr.write(`vankien: ${en ? checked.problem.messageEn : checked.problem.message}\n`);
    return exitCodes.unusable;
  }
  const { model, findings } = checked;
  const planned = planExport(model, findings, {
    ...(args.year === undefined ? {} : { year: args.year }),
    ...(args.organizations === undefined ? {} : { organizations: args.organizations }),
    date: today(),
  });
  if (!planned.ok) {
    if (planned.problem !== undefined) {
      io.stderr.write(`vankien: ${en ? planned.problem.en : planned.problem.vi}\n`);
      return exitCodes.unusable;
    }
    io.stdout.write(
      `${en ? 'Nothing exported: the workbook has errors in this year’s ratings that must be fixed first.' : 'Chưa xuất được: sổ theo dõi có lỗi trong dữ liệu xếp loại của năm cần sửa trước.'}\n\n`,
    );
    io.stdout.write(formatFindings(planned.findings, { locale: io.locale, color: io.isTty }));
    return exitCodes.blocked;
  }
  const plan = planned.plan;
  lap('plan');

  const report = await loadTemplate('bao-cao-xep-loai');
  const tableFile = path.join(builtInTemplatesDir(), ratingTableTemplate);
  const tableBytes = new Uint8Array(await fs.readFile(tableFile));
  const table = compileTableTemplate(tableBytes, ratingTableTemplate);
  if (report.template === undefined || table.template === undefined) {
    io.stderr.write(`vankien: ${en ? 'a built-in template cannot be used' : 'mẫu văn bản có sẵn không dùng được'}:\n${templateProblemsText([...report.problems, ...table.problems], io)}\n`);
    return exitCodes.unusable;
  }
  const reportTemplate: CompiledTemplate = report.template;
  const tableTemplate: CompiledTemplate = table.template;

  const target = await resolveTarget(args.out, plan.year, io.cwd);
  const stale = await removeStaleTemporaries(target);
  if (stale.length > 0) {
    io.stderr.write(en ? `Removed ${stale.length} temporary file(s) left by an interrupted export.\n` : `Đã xóa ${stale.length} tệp tạm còn lại từ lần xuất bị ngắt.\n`);
  }

  const controller = new AbortController();
  let signal: NodeJS.Signals | undefined;
  const onSignal = (received: NodeJS.Signals): void => {
    signal = received;
    controller.abort(new Error(`interrupted by ${received}`));
  };
  let output: AtomicOutput;
  try {
    output = await openAtomicOutput(target);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`Không ghi được tệp «${target}»: ${detail}.`, `Cannot write «${target}»: ${detail}.`);
  }
  const script = options.workerScript ?? bundledScript();
  const idle = idleCores(cpusAtStart, cpus());
  const wanted = args.workers ?? (idle === undefined ? defaultWorkers(plan.items.length) : defaultWorkers(plan.items.length, cpusAtStart.length, idle));
  const workerCount = script === undefined ? 0 : Math.max(0, Math.min(wanted, 8));
  const pool: RenderPool | undefined =
    workerCount > 0 && script !== undefined ? createRenderPool(script, workerCount, { template: tableBytes, templateName: ratingTableTemplate }) : undefined;
  if (options.handleSignals === true) {
    for (const name of handledSignals) process.on(name, onSignal);
  }
  const progress = createProgress(io.stderr, stderrTty, io.locale);
  const renderHere = (data: TemplateData, template: CompiledTemplate): Uint8Array => {
    const rendered = renderDocx(template, data, { deflate: zlibDeflate });
    if (rendered.bytes === undefined) throw new Error(`rendering failed: ${rendered.problems.map((p) => p.messageEn).join('; ')}`);
    return rendered.bytes;
  };
  let rendered = 0;
  const writer = new RatingsWorkbookWriter({ deflate: fastDeflate, crc32: nativeCrc, modified: new Date() });
  const dateLine = headerData(plan.unit, '', plan.date).dateLine;
  const onMainThread = (job: OrganizationJob): ReturnType<OrganizationWork> => ({
    table: renderTableDocx(tableTemplate, tableDataOfSheet(job.sheet, job.dateLine) as unknown as TemplateData),
    sheet: packOrganizationSheet(job.sheet),
  });
  const pooled = pool === undefined ? undefined : new PooledExport(pool, writer, dateLine, onMainThread);
  const hooks: ExportHooks = {
    renderReport: (data) => renderHere(data as unknown as TemplateData, reportTemplate),
    renderTable: async (data, item) => {
      if (pooled !== undefined) return pooled.renderTable(data, item);
      // A macrotask now and then, so that a signal is seen while rendering in this thread.
      if (++rendered % 16 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      return renderTableDocx(tableTemplate, data as unknown as TemplateData);
    },
    workbook: pooled ?? writer,
    write: (chunk) => output.write(chunk),
    onProgress: (p) => progress.update(p),
    signal: controller.signal,
    concurrency: workerCount === 0 ? 1 : workerCount * 16,
    modified: new Date(),
  };
  let result;
  try {
    result = await runExport(plan, hooks);
    await output.commit();
  } catch (error) {
    await output.discard();
    if (signal === undefined) throw error;
  } finally {
    progress.end();
    await pool?.close();
    if (options.handleSignals === true) {
      for (const name of handledSignals) process.off(name, onSignal);
    }
  }
  if (signal !== undefined || result === undefined) {
    io.stderr.write(en ? 'vankien: interrupted; no file was written.\n' : 'vankien: đã dừng; không ghi tệp nào.\n');
    if (signal !== undefined) process.kill(process.pid, signal);
    return exitCodes.unusable;
  }
  const idleText = idle === undefined ? '' : `, ${idle.toFixed(1)} idle core${idle >= 0.95 && idle < 1.05 ? '' : 's'} before`;
  const share = pooled === undefined ? '' : `: ${pooled.counts.pooled} organizations there, ${pooled.counts.local} here`;
  lap(`export (${workerCount} worker${workerCount === 1 ? '' : 's'}${share}${idleText})`);
  const warnings = plan.notes.filter((f) => f.severity === 'warning').length;
  io.stdout.write(
    en
      ? `Written: ${target}\n  ${plan.items.length} rating tables, the summary workbook and the ${plan.year} report (${megabytes(result.bytes, 'en')} MB).\n`
      : `Đã ghi: ${target}\n  ${plan.items.length} bảng xếp loại, tệp Excel tổng hợp và báo cáo năm ${plan.year} (${megabytes(result.bytes, 'vi')} MB).\n`,
  );
  if (warnings > 0) {
    io.stdout.write(
      en
        ? `Note: ${warnings} warning(s) apply (they do not block the export); they are listed in README.txt inside the zip.\n`
        : `Lưu ý: có ${warnings} cảnh báo (không chặn việc xuất); danh sách trong README.txt trong tệp zip.\n`,
    );
  }
  if (args.timings === true) io.stderr.write(`timings: ${timings.join(', ')}; total ${(performance.now() - clock.start).toFixed(0)} ms\n`);
  return exitCodes.done;
}
