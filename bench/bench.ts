// `npm run bench`: read + validate (ours against exceljs, same files, same run), the template engine
// against easy-template-x and docxtemplater, and the bulk export against exceljs + easy-template-x + a zip. Each read stage runs in a child process so its peak memory
// (maxRSS) is its own. Medians are printed; figures are written to .tmp/bench/results.json.
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { validateSnapshot } from '../src/core/validate';
import { writeBenchWorkbook } from '../src/xlsx/bench-workbook';
import { readSnapshotFromStream } from '../src/xlsx/read-snapshot';
import { peerExport, vankienExport, workbookWriters } from './export-bench';
import { formatBench, runTemplateBench } from './template-bench';

const root = path.resolve(__dirname, '..', '..');
const workDir = path.join(root, '.tmp', 'bench');
const sample = path.join(root, 'templates', 'so-theo-doi-mau.xlsx');
const cliBundle = path.join(root, 'dist', 'cli', 'vankien.cjs');

interface StageResult {
  readonly ms: number;
  readonly maxRssMb: number;
  readonly detail: string;
}

const stages = {
  /** Ours: stream → snapshot → model + findings. */
  async 'vankien-read-validate'(file: string): Promise<string> {
    const read = await readSnapshotFromStream(createReadStream(file));
    if (read.snapshot === undefined) throw new Error(read.problem?.messageEn ?? 'unreadable');
    const { model, findings } = validateSnapshot(read.snapshot);
    return `${model.members.length} members, ${findings.length} findings`;
  },
  /** Ours, reading only. */
  async 'vankien-read'(file: string): Promise<string> {
    const read = await readSnapshotFromStream(createReadStream(file));
    const cells = read.snapshot?.sheets.reduce((n, s) => n + s.rows.length, 0) ?? 0;
    return `${cells} rows`;
  },
  /** Peer: exceljs streaming reader, values only (what a developer would write first for big files). */
  async 'exceljs-stream-read'(file: string): Promise<string> {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
    let rows = 0;
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (row.values !== undefined) rows++;
      }
    }
    return `${rows} rows`;
  },
  /** Peer: exceljs whole-workbook load. */
  async 'exceljs-load-read'(file: string): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    let rows = 0;
    workbook.eachSheet((sheet) => {
      rows += sheet.actualRowCount;
    });
    return `${rows} rows`;
  },
  /** Ours: `vankien export-ratings` for 2025, end to end from the .xlsx (default render threads). */
  async 'vankien-export'(file: string): Promise<string> {
    return vankienExport(file, cliBundle);
  },
  /** Ours, everything on the main thread. */
  async 'vankien-export-0w'(file: string): Promise<string> {
    return vankienExport(file, cliBundle, 0);
  },
  /** The summary workbook alone: our SpreadsheetML writer against exceljs's streaming writer. */
  async 'xlsx-writers'(file: string): Promise<string> {
    return workbookWriters(file);
  },
  /** Peer: exceljs load + easy-template-x + exceljs workbook + fflate zip, same outputs. */
  async 'peer-export'(file: string): Promise<string> {
    return peerExport(file);
  },
} as const;
type StageName = keyof typeof stages;

function runChild(stage: StageName, file: string): StageResult {
  const output = execFileSync(process.execPath, ['--max-old-space-size=4096', __filename, '--child', stage, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    timeout: 300_000,
  });
  const last = output.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as StageResult;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function measure(stage: StageName, file: string, rounds: number): { ms: number; maxRssMb: number; detail: string } {
  const results = Array.from({ length: rounds }, () => runChild(stage, file));
  return {
    ms: median(results.map((r) => r.ms)),
    maxRssMb: Math.max(...results.map((r) => r.maxRssMb)),
    detail: results[0]?.detail ?? '',
  };
}

async function ensureBenchWorkbook(members: number, organizations: number): Promise<string> {
  mkdirSync(workDir, { recursive: true });
  const file = path.join(workDir, `members-${members}.xlsx`);
  if (!existsSync(file)) {
    process.stdout.write(`Generating ${file} …\n`);
    const stream = createWriteStream(file);
    await writeBenchWorkbook(stream, { members, organizations });
  }
  return file;
}

async function child(stage: StageName, file: string): Promise<void> {
  const start = performance.now();
  const detail = await stages[stage](file);
  const ms = performance.now() - start;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, maxRssMb, detail })}\n`);
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const big = await ensureBenchWorkbook(quick ? 10_000 : 100_000, quick ? 300 : 3_000);
  const office = await ensureBenchWorkbook(3_400, 120);
  const rows: { workbook: string; stage: StageName; ms: number; maxRssMb: number; detail: string }[] = [];
  const plan: [string, string, StageName, number][] = [
    ['sample', sample, 'vankien-read-validate', 5],
    ['sample', sample, 'exceljs-load-read', 3],
    [path.basename(big), big, 'vankien-read-validate', 3],
    [path.basename(big), big, 'vankien-read', 3],
    [path.basename(big), big, 'exceljs-stream-read', 1],
    [path.basename(big), big, 'exceljs-load-read', 1],
    [path.basename(office), office, 'vankien-export', 3],
    [path.basename(office), office, 'vankien-export-0w', 3],
    [path.basename(office), office, 'peer-export', quick ? 1 : 3],
    [path.basename(big), big, 'vankien-export', quick ? 3 : 2],
    [path.basename(big), big, 'vankien-export-0w', 1],
    [path.basename(big), big, 'xlsx-writers', 1],
    [path.basename(big), big, 'peer-export', 1],
  ];
  for (const [label, file, stage, rounds] of plan) {
    const result = measure(stage, file, rounds);
    rows.push({ workbook: label, stage, ...result });
    process.stdout.write(
      `${label.padEnd(22)}${stage.padEnd(20)}${result.ms.toFixed(0).padStart(8)} ms${result.maxRssMb.toFixed(0).padStart(8)} MB  ${result.detail}  (median of ${rounds}, peak RSS of the process)\n`,
    );
  }
  process.stdout.write('\nTemplate engine (medians; per document except bulk-120 = 120 documents):\n');
  const templates = await runTemplateBench(quick ? { rounds: 3 } : {});
  process.stdout.write(`${formatBench(templates)}\n`);
  writeFileSync(path.join(workDir, 'results.json'), `${JSON.stringify({ read: rows, templates }, null, 2)}\n`);
  const find = (workbook: string, stage: StageName) => rows.find((r) => r.workbook === path.basename(workbook) && r.stage === stage);
  const ours = find(big, 'vankien-read-validate');
  if (ours !== undefined && !quick) {
    const ok = ours.ms <= 8000 && ours.maxRssMb <= 600;
    process.stdout.write(
      `\nTarget 100,000 members read + validated ≤ 8 s and ≤ 600 MB: ${ours.ms.toFixed(0)} ms, ${ours.maxRssMb.toFixed(0)} MB — ${ok ? 'met' : 'NOT met'}\n`,
    );
  }
  const officeOurs = find(office, 'vankien-export');
  const officePeer = find(office, 'peer-export');
  if (officeOurs !== undefined && officePeer !== undefined) {
    const ok = officeOurs.ms * 2 <= officePeer.ms;
    process.stdout.write(
      `Target export of 120 organizations / 3,400 members ≤ half of exceljs + easy-template-x + zip: ${officeOurs.ms.toFixed(0)} ms vs ${officePeer.ms.toFixed(0)} ms (${(officePeer.ms / officeOurs.ms).toFixed(1)}×) — ${ok ? 'met' : 'NOT met'}\n`,
    );
  }
  const province = find(big, 'vankien-export');
  if (province !== undefined && !quick) {
    const ok = province.ms <= 16_000 && province.maxRssMb <= 600;
    process.stdout.write(
      `Target export of 3,000 organizations / 100,000 members ≤ 16 s and ≤ 600 MB: ${province.ms.toFixed(0)} ms, ${province.maxRssMb.toFixed(0)} MB — ${ok ? 'met' : 'NOT met'}\n`,
    );
  }
}

const childIndex = process.argv.indexOf('--child');
if (childIndex >= 0) {
  const stage = process.argv[childIndex + 1] as StageName;
  const file = process.argv[childIndex + 2] ?? '';
  child(stage, file).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
} else {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
