// `vankien export-ratings` end to end: the built CLI on real workbooks, the zip opened, every document
// validated against the OOXML schemas, the .xlsx reopened with exceljs, LibreOffice rendering a table,
// messy names, blocking findings, and an export killed in the middle.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, type CpuInfo } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { Writable } from 'node:stream';
import { defaultWorkers, idleCores } from '../src/cli/commands/export-ratings';
import { isTemporaryNameOf, removeStaleTemporaries } from '../src/cli/export/atomic-output';
import { createProgress, progressBar } from '../src/cli/export/progress';
import { memberStats, membersByOrganization } from '../src/core/model/rating-stats';
import type { Member } from '../src/core/model/types';
import { validateSnapshot } from '../src/core/validate';
import { writeBenchWorkbook } from '../src/xlsx/bench-workbook';
import { readSnapshotFromStream } from '../src/xlsx/read-snapshot';
import { cliBin as bin, ensureCliBuilt, runCli, type CliRun } from './support/cli';
import { ooxmlSchemaDir, paragraphs, pdfPages, pdfText, renderPdf, requireTools, validateWordXmlParts } from './support/docx-tools';

const root = join(__dirname, '..');
const sample = join(root, 'templates', 'so-theo-doi-mau.xlsx');
const temporaryName = /\.vankien-partial$/;

const vankien = (args: readonly string[], cwd: string): CliRun => runCli(args, cwd, 240_000);

let scratch = '';

beforeAll(() => {
  ensureCliBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'vankien-export-'));
});

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

function fresh(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function openZip(file: string): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(new Uint8Array(readFileSync(file)))));
}

/** Every WordprocessingML part of each .docx, validated in one xmllint run. */
function invalidWordParts(docs: ReadonlyMap<string, Uint8Array>): string[] {
  const parts: { part: string; xml: string }[] = [];
  for (const [name, bytes] of docs) {
    for (const [part, data] of Object.entries(unzipSync(bytes))) {
      if (/^word\/(document|styles|settings|fontTable|numbering|footnotes|endnotes|header\d+|footer\d+)\.xml$/.test(part)) parts.push({ part: `${name}:${part}`, xml: strFromU8(data) });
    }
  }
  const results = validateWordXmlParts(parts);
  return results.flatMap((r, i) => (r.valid ? [] : [`${parts[i]?.part ?? ''}: ${r.errors.slice(0, 3).join(' | ')}`]));
}

async function modelOf(file: string) {
  const read = await readSnapshotFromStream(createReadStream(file));
  if (read.snapshot === undefined) throw new Error('unreadable');
  return validateSnapshot(read.snapshot).model;
}

/** A formula cell's cached result (exceljs reads a cached 0 as no result), or the value. */
function valueOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (typeof v === 'object' && v !== null && 'formula' in v) return v.result ?? 0;
  return v;
}

describe('export-ratings on the sample workbook', () => {
  let out = '';
  let files = new Map<string, Uint8Array>();
  let run: CliRun;

  beforeAll(() => {
    out = fresh('sample');
    run = vankien(['export-ratings', sample, '--year', '2025', '--out', join(out, 'xep-loai.zip')], out);
    files = openZip(join(out, 'xep-loai.zip'));
  });

  it('exits 0, says what it wrote, leaves only the zip', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('16 bảng xếp loại');
    expect(readdirSync(out)).toEqual(['xep-loai.zip']);
  });

  it('holds README.txt, the report, one table per organization by code, and the workbook', () => {
    const names = [...files.keys()];
    expect(names[0]).toBe('README.txt');
    expect(names).toContain('Báo cáo xếp loại 2025.docx');
    expect(names).toContain('Tổng hợp xếp loại 2025.xlsx');
    const tables = names.filter((n) => n.startsWith('Bảng xếp loại 2025/'));
    const readme = strFromU8(files.get('README.txt') ?? new Uint8Array());
    expect(tables).toHaveLength(16);
    expect(tables[0]).toBe('Bảng xếp loại 2025/BAO - Đảng bộ Báo và Phát thanh, Truyền hình Khánh Hòa.docx');
    expect(readme).toMatch(/- BAO: Đảng bộ Báo và Phát thanh, Truyền hình Khánh Hòa \(51 đảng viên của 2 tổ chức trực thuộc: BAO-KT, BAO-TS\)/);
    expect(readme).toContain('KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC ĐẢNG, ĐẢNG VIÊN NĂM 2025');
    for (const table of tables) expect(readme).toContain(table.slice('Bảng xếp loại 2025/'.length));
    expect(readme).toContain('CẢNH BÁO: không có.');
  });

  it('every document is valid against the OOXML schemas', () => {
    requireTools('xmllint');
    const docs = new Map([...files].filter(([name]) => name.endsWith('.docx')));
    expect(docs.size).toBe(17);
    expect(invalidWordParts(docs)).toEqual([]);
  });

  it('a table lists the members by role then given name, with scores and level codes', () => {
    const bytes = files.get('Bảng xếp loại 2025/BAO-KT - Chi bộ Ban Kỹ thuật - Công nghệ.docx');
    if (bytes === undefined) throw new Error('missing table');
    const document = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    const texts = paragraphs(document).map((p) => p.text);
    expect(texts).toContain('BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2025');
    expect(texts).toContain('Chi bộ Ban Kỹ thuật - Công nghệ');
    expect(texts).toContain('T/M CHI ỦY');
    expect(document).toContain('w:orient="landscape"');
    expect(document).not.toContain('{{');
    const first = texts.indexOf('1');
    expect(texts.slice(first, first + 9)).toEqual(['1', 'Nguyễn Thanh Hùng', '26/12/1979', 'Bí thư Chi bộ; Trưởng ban', '77', 'HTTNV', 'HTTNV', 'HTTNV', '']);
  });

  it('the workbook reopens with exceljs and its totals match the members of the year', async () => {
    const model = await modelOf(sample);
    const members = model.members.filter((m) => m.year === 2025);
    const own = membersByOrganization(members);
    // A Đảng bộ with no member of its own shows those of the organizations under it (in the sample, one level).
    const below = (code: string): Member[] =>
      model.organizations.filter((o) => o.year === 2025 && o.parentCode === code).flatMap((o) => own.get(o.code) ?? []);
    const byOrganization = { get: (code: string): Member[] => ((own.get(code)?.length ?? 0) > 0 ? (own.get(code) ?? []) : below(code)) };
    const workbook = new ExcelJS.Workbook();
    const bytes = files.get('Tổng hợp xếp loại 2025.xlsx') ?? new Uint8Array();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(17);
    const summary = workbook.getWorksheet('Tổng hợp');
    if (summary === undefined) throw new Error('no summary sheet');
    let row = 6;
    for (; summary.getCell(`B${row}`).value !== null && summary.getCell(`C${row}`).value !== 'Tổng cộng'; row++) {
      const code = String(summary.getCell(`B${row}`).value);
      const stats = memberStats(byOrganization.get(code) ?? []);
      expect([4, 5, 6, 8, 10, 12, 14].map((c) => valueOf(summary.getRow(row).getCell(c)))).toEqual([
        stats.total,
        stats.rated,
        stats.levels.excellent,
        stats.levels.good,
        stats.levels.complete,
        stats.levels.incomplete,
        stats.notRated,
      ]);
    }
    expect(row - 6).toBe(16);
    expect((summary.getCell(`D${row}`).value as { formula?: string }).formula).toBe(`SUMIF($P$6:$P$21,"<>Gồm các tổ chức trực thuộc",D6:D21)`);
    const all = memberStats(members);
    expect(summary.getCell(`C${row}`).value).toBe('Tổng cộng');
    expect([4, 5, 6, 8, 10, 12, 14].map((c) => valueOf(summary.getRow(row).getCell(c)))).toEqual([
      all.total,
      all.rated,
      all.levels.excellent,
      all.levels.good,
      all.levels.complete,
      all.levels.incomplete,
      all.notRated,
    ]);
    for (const sheet of workbook.worksheets.slice(1)) {
      expect(sheet.pageSetup.orientation).toBe('landscape');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    }
  });

  it('the workbook’s parts are valid SpreadsheetML', () => {
    requireTools('xmllint');
    const parts = unzipSync(files.get('Tổng hợp xếp loại 2025.xlsx') ?? new Uint8Array());
    const dir = fresh('sml');
    const names = Object.keys(parts).filter((n) => /^xl\/(workbook|styles|worksheets\/sheet\d+)\.xml$/.test(n));
    const paths = names.map((name, i) => {
      const path = join(dir, `${i}.xml`);
      writeFileSync(path, parts[name] ?? new Uint8Array());
      return path;
    });
    const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(ooxmlSchemaDir, 'ISO-IEC29500-4_2016', 'sml.xsd'), ...paths], { encoding: 'utf8' });
    expect(result.stderr.split('\n').filter((line) => line !== '' && !line.endsWith(' validates'))).toEqual([]);
    expect(names.length).toBe(19);
  });

  it('LibreOffice renders a table on landscape pages', () => {
    requireTools('soffice', 'pdftotext');
    const bytes = files.get('Bảng xếp loại 2025/BTC - Chi bộ Ban Tổ chức Tỉnh ủy.docx');
    if (bytes === undefined) throw new Error('missing table');
    const pdf = renderPdf(bytes, 'bang.docx');
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const page of pages) expect(page.width).toBeGreaterThan(page.height);
    const text = pdfText(pdf);
    expect(text).toContain('BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2025');
    expect(text).toContain('Chi bộ Ban Tổ chức Tỉnh ủy');
    expect(text).toMatch(/Hoàn thành tốt nhiệm vụ: \d+ đồng chí/);
  });

  it('--org exports only the chosen organizations', () => {
    const dir = fresh('org');
    const chosen = vankien(['export-ratings', sample, '--year', '2025', '--org', 'btc, UBKT', '--out', 'chon.zip'], dir);
    expect(chosen.status).toBe(0);
    const names = [...openZip(join(dir, 'chon.zip')).keys()].filter((n) => n.startsWith('Bảng'));
    expect(names).toEqual(['Bảng xếp loại 2025/BTC - Chi bộ Ban Tổ chức Tỉnh ủy.docx', 'Bảng xếp loại 2025/UBKT - Chi bộ Ủy ban Kiểm tra Tỉnh ủy.docx']);
  });
});

describe('worker threads', () => {
  it('two workers write the same files as the main thread alone', () => {
    const dir = fresh('workers');
    expect(vankien(['export-ratings', sample, '--year', '2025', '--workers', '0', '--out', 'mot.zip'], dir).status).toBe(0);
    expect(vankien(['export-ratings', sample, '--year', '2025', '--workers', '2', '--out', 'hai.zip'], dir).status).toBe(0);
    const one = openZip(join(dir, 'mot.zip'));
    const two = openZip(join(dir, 'hai.zip'));
    expect([...two.keys()]).toEqual([...one.keys()]);
    for (const [name, bytes] of one) {
      if (name.endsWith('.xlsx') || name.endsWith('.docx')) {
        // Each inner package: the same parts with the same bytes (zip time stamps aside).
        const a = unzipSync(bytes);
        const b = unzipSync(two.get(name) ?? new Uint8Array());
        expect(Object.keys(b)).toEqual(Object.keys(a));
        for (const part of Object.keys(a)) expect(Buffer.from(b[part] ?? []).equals(Buffer.from(a[part] ?? []))).toBe(true);
      } else expect(Buffer.from(two.get(name) ?? []).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('one worker per core left idle while the workbook was read, none for small exports', () => {
    expect(defaultWorkers(3000, 2, 0.9)).toBe(1);
    expect(defaultWorkers(3000, 2, 0.3)).toBe(0);
    expect(defaultWorkers(3000, 1, 1)).toBe(0);
    expect(defaultWorkers(16, 8, 7)).toBe(0);
    expect(defaultWorkers(3000, 8, 6.8)).toBe(3);
    expect(defaultWorkers(3000, 4, 1.6)).toBe(2);
  });

  it('measures idle cores from two cpus() readings, and declines to guess from too short a window', () => {
    const cpu = (user: number, idle: number): CpuInfo => ({ model: 'x', speed: 1, times: { user, nice: 0, sys: 0, idle, irq: 0 } });
    // One core fully busy (our reading), the other 90% idle, over 5 s.
    expect(idleCores([cpu(0, 0), cpu(0, 0)], [cpu(5000, 0), cpu(500, 4500)])).toBeCloseTo(0.9, 5);
    expect(idleCores([cpu(0, 0), cpu(0, 0)], [cpu(100, 0), cpu(0, 100)])).toBeUndefined();
  });
});

describe('temporary files and progress', () => {
  it('recognizes its temporary names and removes only those of processes that are gone', async () => {
    const dir = fresh('stale');
    const target = join(dir, 'Kết quả.zip');
    const dead = join(dir, '.Kết quả.zip.999999999.0a1b2c3d.vankien-partial');
    const alive = join(dir, `.Kết quả.zip.${process.pid}.0a1b2c3d.vankien-partial`);
    const other = join(dir, '.Khác.zip.999999999.0a1b2c3d.vankien-partial');
    for (const file of [dead, alive, other]) writeFileSync(file, 'x');
    expect(isTemporaryNameOf(target, dead)).toBe(999999999);
    expect(isTemporaryNameOf(target, other)).toBeUndefined();
    expect(await removeStaleTemporaries(target)).toEqual(['.Kết quả.zip.999999999.0a1b2c3d.vankien-partial']);
    expect(readdirSync(dir).sort()).toEqual([`.Kết quả.zip.${process.pid}.0a1b2c3d.vankien-partial`, '.Khác.zip.999999999.0a1b2c3d.vankien-partial'].sort());
  });

  it('a bar on a terminal; in logs a line per tenth, and nothing for short exports', () => {
    const lines = (isTty: boolean, total: number): string => {
      let out = '';
      const stream = new Writable({ write: (chunk: Buffer, _e, done) => ((out += chunk.toString()), done()) });
      const progress = createProgress(stream, isTty, 'vi', () => 0);
      for (let done = 0; done <= total; done++) progress.update({ stage: 'tables', done, total });
      progress.end();
      return out;
    };
    expect(lines(false, 10)).toBe('');
    const log = lines(false, 200).trimEnd().split('\n');
    expect(log).toHaveLength(11);
    expect(log[10]).toBe('Tiến độ: 200/200 tổ chức');
    const tty = lines(true, 200);
    expect(tty).toContain(`${progressBar(200, 200)} 100%  200/200 tổ chức`);
    expect(tty.endsWith('\n')).toBe(true);
  });
});

describe('export-ratings refuses what it cannot do, writing nothing', () => {
  it('a year with no data: exit 2 and one clear line', () => {
    const dir = fresh('no-year');
    const result = vankien(['export-ratings', sample, '--year', '2019'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('vankien: Không có dữ liệu xếp loại năm 2019. Các năm có: 2025, 2024.\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an unknown organization code: exit 2, the codes present listed', () => {
    const dir = fresh('no-org');
    const result = vankien(['export-ratings', sample, '--year', '2025', '--org', 'KHONGCO'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('«KHONGCO»');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an output that cannot be written: exit 2, one line naming it', () => {
    const dir = fresh('unwritable');
    const result = vankien(['export-ratings', sample, '--year', '2025', '--out', join(sample, 'khong-the.zip')], dir);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Không ghi được tệp');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a blocking finding in the year: exit 1, the finding printed, no zip', async () => {
    const dir = fresh('blocked');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sample);
    const members = workbook.getWorksheet('Đảng viên');
    if (members === undefined) throw new Error('no sheet');
    members.getCell('P2').value = 150;
    const file = join(dir, 'loi.xlsx');
    await workbook.xlsx.writeFile(file);
    const result = vankien(['export-ratings', file, '--year', '2025'], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('P2');
    expect(readdirSync(dir)).toEqual(['loi.xlsx']);
    // The same error does not block another year.
    expect(vankien(['export-ratings', file, '--year', '2024', '--out', 'nam-2024.zip'], dir).status).toBe(0);
  });
});

describe('messy data', () => {
  const messy = ['Chi bộ A/B: "Phòng" <1>', '..', 'Chi bộ 🎉 Văn phòng 👍🏽', `Chi bộ ${'Rất dài '.repeat(25)}`.trim(), 'Chi bộ Trùng tên', 'Chi bộ Trùng tên'];
  let zip = new Map<string, Uint8Array>();
  let run: CliRun;
  let dir = '';

  beforeAll(async () => {
    dir = fresh('messy');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sample);
    const sheet = workbook.getWorksheet('Tổ chức đảng');
    if (sheet === undefined) throw new Error('no sheet');
    let next = 0;
    let template: ExcelJS.CellValue[] = [];
    sheet.eachRow((row, number) => {
      if (number === 1 || row.getCell(1).value !== 2025) return;
      if (row.getCell(4).value === 'Chi bộ trực thuộc' && next < messy.length) row.getCell(3).value = messy[next++] ?? '';
      if (row.getCell(12).value === 'Hoàn thành tốt nhiệm vụ') template = (row.values as ExcelJS.CellValue[]).slice(1);
    });
    // A new organization with no member: its table has no rows, its summary row zeros; R6 warns (count 12 ≠ 0).
    const empty = [...template];
    empty[1] = 'ZZ-TRONG';
    empty[2] = 'Chi bộ không có đảng viên';
    empty[3] = 'Chi bộ cơ sở';
    empty[4] = null;
    empty[6] = null;
    empty[7] = 12;
    sheet.addRow(empty);
    await workbook.xlsx.writeFile(join(dir, 'messy.xlsx'));
    run = vankien(['export-ratings', 'messy.xlsx', '--year', '2025', '--out', 'messy.zip'], dir);
    zip = openZip(join(dir, 'messy.zip'));
  });

  it('still exports, warnings listed in the index', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Lưu ý: có \d+ cảnh báo/);
    const readme = strFromU8(zip.get('README.txt') ?? new Uint8Array());
    expect(readme).toMatch(/- \[R6\] Tổ chức đảng![A-Z]+\d+: /);
    expect(readme).toContain('- ZZ-TRONG: Chi bộ không có đảng viên (0 đảng viên)');
  });

  it('file names keep Vietnamese, replace unsafe characters, never a path or "..", unique', () => {
    const tables = [...zip.keys()].filter((n) => n.startsWith('Bảng xếp loại 2025/'));
    expect(tables).toHaveLength(17);
    for (const name of tables) {
      const file = name.slice('Bảng xếp loại 2025/'.length);
      expect(file).not.toMatch(/[/\\<>:"|?*]/);
      expect(file).not.toContain('..');
      expect(file.startsWith('.')).toBe(false);
      expect(Array.from(file).length).toBeLessThanOrEqual(125);
      expect(file.endsWith('.docx')).toBe(true);
    }
    expect(new Set(tables.map((n) => n.toLowerCase())).size).toBe(tables.length);
    expect(tables.some((n) => n.includes('Chi bộ A_B_ _Phòng_ _1_'))).toBe(true);
    expect(tables.some((n) => n.includes('🎉 Văn phòng 👍🏽'))).toBe(true);
    expect(tables.filter((n) => n.includes('Chi bộ Trùng tên'))).toHaveLength(2);
  });

  it('Info-ZIP unzip (Linux) extracts the files under their Vietnamese names, readable by their owner', () => {
    requireTools('unzip');
    const into = fresh('unzipped');
    const result = spawnSync('unzip', ['-q', join(dir, 'messy.zip'), '-d', into], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const extracted = readdirSync(join(into, 'Bảng xếp loại 2025')).sort();
    expect(extracted).toEqual([...zip.keys()].filter((n) => n.startsWith('Bảng xếp loại 2025/')).map((n) => n.slice('Bảng xếp loại 2025/'.length)).sort());
    expect(statSync(join(into, 'Tổng hợp xếp loại 2025.xlsx')).mode & 0o777).toBe(0o644);
  });

  it('the documents of messy names are schema-valid and carry the names as typed', () => {
    requireTools('xmllint');
    const docs = new Map([...zip].filter(([name]) => name.endsWith('.docx')));
    expect(invalidWordParts(docs)).toEqual([]);
    const all = [...docs.values()].map((bytes) => strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array())).join('\n');
    expect(all).toContain('Chi bộ A/B: "Phòng" &lt;1&gt;');
    expect(all).toContain('Chi bộ 🎉 Văn phòng 👍🏽');
  });

  it('the empty organization has a table with no member row and a summary row of zeros', async () => {
    const table = [...zip].find(([name]) => name.includes('ZZ-TRONG'));
    if (table === undefined) throw new Error('missing');
    expect(strFromU8(unzipSync(table[1])['word/document.xml'] ?? new Uint8Array())).toContain('Hoàn thành tốt nhiệm vụ: 0 đồng chí');
    const workbook = new ExcelJS.Workbook();
    const bytes = zip.get('Tổng hợp xếp loại 2025.xlsx') ?? new Uint8Array();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const summary = workbook.getWorksheet('Tổng hợp');
    let found = false;
    summary?.eachRow((row) => {
      if (row.getCell(2).value !== 'ZZ-TRONG') return;
      found = true;
      expect([4, 5, 6, 8, 10, 12, 14].map((c) => valueOf(row.getCell(c)))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    });
    expect(found).toBe(true);
  });
});

describe('an interrupted export leaves no output', () => {
  let big = '';

  beforeAll(async () => {
    big = join(fresh('big'), 'lon.xlsx');
    await writeBenchWorkbook(createWriteStream(big), { members: 12_000, organizations: 400 });
  }, 120_000);

  /** Starts an export and sends `signal` once progress shows it is writing tables. */
  function interrupt(dir: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; sawTemporary: boolean }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, 'export-ratings', big, '--year', '2025', '--out', join(dir, 'ket-qua.zip')], { cwd: dir });
      let stderr = '';
      let sent = false;
      let sawTemporary = false;
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk;
        if (!sent && /Tiến độ: \d+\/400/.test(stderr)) {
          sent = true;
          sawTemporary = readdirSync(dir).some((name) => temporaryName.test(name));
          child.kill(signal);
        }
      });
      child.on('error', reject);
      child.on('close', (code, received) => resolve({ code, signal: received, stderr, sawTemporary }));
    });
  }

  it('SIGKILL: no zip; the temporary file is recognizable and the next run removes it', async () => {
    const dir = fresh('kill');
    const killed = await interrupt(dir, 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.sawTemporary).toBe(true);
    const left = readdirSync(dir);
    expect(left.filter((name) => name.endsWith('.zip'))).toEqual([]);
    expect(left.every((name) => /^\.ket-qua\.zip\.\d+\.[0-9a-f]+\.vankien-partial$/.test(name))).toBe(true);
    const again = vankien(['export-ratings', big, '--year', '2025', '--out', join(dir, 'ket-qua.zip')], dir);
    expect(again.status).toBe(0);
    expect(readdirSync(dir)).toEqual(['ket-qua.zip']);
    if (left.length > 0) expect(again.stderr).toContain('Đã xóa 1 tệp tạm còn lại từ lần xuất bị ngắt.');
  }, 240_000);

  it('SIGINT: stops, deletes its temporary file and dies by the signal', async () => {
    const dir = fresh('sigint');
    const stopped = await interrupt(dir, 'SIGINT');
    expect(stopped.signal).toBe('SIGINT');
    expect(stopped.sawTemporary).toBe(true);
    expect(stopped.stderr).toContain('vankien: đã dừng; không ghi tệp nào.');
    expect(readdirSync(dir)).toEqual([]);
  }, 240_000);

  it('every document of a 400-organization export is schema-valid', () => {
    requireTools('xmllint');
    const dir = fresh('all');
    const done = vankien(['export-ratings', big, '--year', '2025', '--out', 'tat-ca.zip'], dir);
    expect(done.status).toBe(0);
    const docs = new Map([...openZip(join(dir, 'tat-ca.zip'))].filter(([name]) => name.endsWith('.docx')));
    expect(docs.size).toBe(401);
    expect(invalidWordParts(docs)).toEqual([]);
  }, 600_000);
});
