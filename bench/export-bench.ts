// The bulk export end to end from the .xlsx (a year's rating tables, the summary workbook, the report, one
// zip): `vankien export-ratings` against the pipeline a developer would build with exceljs (read and write),
// easy-template-x (documents) and a zip library (fflate), on the same workbook. bench.ts runs each in a
// child process, so time and peak memory are the pipeline's own.
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { deflateRawSync } from 'node:zlib';
import { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { TemplateHandler } from 'easy-template-x';
import { Zip, ZipDeflate } from 'fflate';
import { runExportRatings } from '../src/cli/commands/export-ratings';
import { planExport } from '../src/core/export/plan';
import { organizationRatings } from '../src/core/export/rating-table';
import { SummaryBuilder, organizationSheet } from '../src/core/export/workbook-data';
import { validateSnapshot } from '../src/core/validate';
import { readSnapshotFromStream } from '../src/xlsx/read-snapshot';
import { RatingsWorkbookWriter } from '../src/xlsx/write-ratings-workbook';

/** Discards what it is given. */
function sink(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}

/** Ours: the CLI command itself, render thread(s) from the CLI bundle; returns its stage timings. */
export async function vankienExport(file: string, cliBundle: string, workers?: number): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vankien-bench-export-'));
  try {
    const out = path.join(dir, 'export.zip');
    let timings = '';
    const stderr = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        const text = chunk.toString();
        if (text.startsWith('timings:')) timings = text.trim().slice('timings: '.length);
        done();
      },
    });
    const code = await runExportRatings(
      { file: path.resolve(file), year: 2025, out, timings: true, ...(workers === undefined ? {} : { workers }) },
      { stdout: sink(), stderr, locale: 'en', isTty: false, cwd: dir },
      { workerScript: cliBundle },
    );
    if (code !== 0) throw new Error(`export-ratings exited ${code}`);
    return `${(statSync(out).size / 1048576).toFixed(1)} MB zip; ${timings}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The summary workbook alone, same sheets: our SpreadsheetML writer against exceljs's streaming
 * WorkbookWriter (the lighter of exceljs's two writers), to justify not using exceljs for it.
 */
export async function workbookWriters(file: string): Promise<string> {
  const read = await readSnapshotFromStream(createReadStream(file));
  if (read.snapshot === undefined) throw new Error('unreadable');
  const { model, findings } = validateSnapshot(read.snapshot);
  const planned = planExport(model, findings, { year: 2025 });
  if (!planned.ok) throw new Error('blocked');
  const { plan } = planned;
  const sheets = plan.items.map((item) => organizationSheet(item, organizationRatings(item.organization, item.members, plan.year, item.subordinates), plan.unit));
  let start = performance.now();
  const writer = new RatingsWorkbookWriter({ deflate: (d) => deflateRawSync(d, { level: 2 }) });
  for (const sheet of sheets) writer.addOrganization(sheet);
  const ours = writer.finish(new SummaryBuilder().result(plan.unit, plan.year, plan.summarySheetName)).length;
  const oursMs = performance.now() - start;
  start = performance.now();
  const out = new PassThrough();
  let theirs = 0;
  out.on('data', (chunk: Buffer) => {
    theirs += chunk.length;
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.sheetName, {
      views: [{ state: 'frozen', ySplit: 5 }],
      pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.columns = [6, 26, 12, 30, 8, 11, 11, 11, 30].map((width) => ({ width }));
    for (const title of [sheet.superiorBody, sheet.organizationBody, sheet.title, sheet.organizationName]) ws.addRow([title]).commit();
    ws.addRow(columns.map(([title]) => title)).commit();
    for (const m of sheet.rows) {
      const birth = m.birthDate === undefined ? null : new Date(Date.UTC(m.birthDate.year, m.birthDate.month - 1, m.birthDate.day));
      const row = ws.addRow([m.number, m.name, birth, m.position, m.score ?? null, m.selfRating, m.proposedRating, m.finalRating, m.note]);
      row.eachCell({ includeEmpty: true }, (c) => {
        c.border = thin;
        c.font = { name: font, size: 12 };
      });
      row.getCell(3).numFmt = 'dd/mm/yyyy';
      row.commit();
    }
    ws.commit();
  }
  await workbook.commit();
  const theirsMs = performance.now() - start;
  return `${sheets.length} sheets: ours ${oursMs.toFixed(0)} ms (${(ours / 1048576).toFixed(1)} MB), exceljs WorkbookWriter ${theirsMs.toFixed(0)} ms (${(theirs / 1048576).toFixed(1)} MB)`;
}

// ---- The peer pipeline -------------------------------------------------------------------------

const font = 'Times New Roman';
const run = (text: string, bold = false, size = 26): TextRun => new TextRun({ text, bold, font, size });
const para = (text: string, bold = false, center = false): Paragraph =>
  new Paragraph({ alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, bold)] });
const cell = (text: string, width: number, bold = false): TableCell =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, children: [para(text, bold)] });

const columns: [string, string, number][] = [
  ['STT', 'number', 680],
  ['Họ và tên', 'name', 2950],
  ['Ngày sinh', 'birthDate', 1360],
  ['Chức vụ', 'position', 2500],
  ['Điểm', 'score', 900],
  ['Tự xếp loại', 'selfRating', 1360],
  ['Chi bộ đề xuất', 'proposedRating', 1360],
  ['Xếp loại', 'finalRating', 1360],
  ['Ghi chú', 'note', 1800],
];

/** The rating table as a developer would author it for easy-template-x (landscape, a looped table row). */
async function tableTemplate(): Promise<Buffer> {
  const loopRow = new TableRow({
    children: columns.map(([, key, width], i) =>
      cell(`${i === 0 ? '{{#rows}}' : ''}{{${key}}}${i === columns.length - 1 ? '{{/rows}}' : ''}`, width),
    ),
  });
  const doc = new Document({
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          para('{{superiorBody}}', false, true),
          para('{{issuingBody}}', true, true),
          para('{{dateLine}}', false, true),
          para('{{title}}', true, true),
          para('{{organizationName}}', true, true),
          new Table({ rows: [new TableRow({ tableHeader: true, children: columns.map(([title, , width]) => cell(title, width, true)) }), loopRow] }),
          para('Kết quả xếp loại năm {{year}}:', true),
          para('{{#levels}}- {{level}}: {{count}} đồng chí, chiếm {{percent}}.{{/levels}}'),
          para('{{notRatedLine}}'),
          para('{{authority}}', true, true),
          para('BÍ THƯ', true, true),
          para('{{secretary}}', true, true),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The yearly report, reduced to its counts and the summary table. */
async function reportTemplate(): Promise<Buffer> {
  const widths = [700, 4200, 1200, 1200, 1200, 1200, 1200, 1200];
  const keys = ['number', 'name', 'members', 'excellent', 'good', 'complete', 'incomplete', 'notRated'];
  const heads = ['STT', 'Tổ chức đảng', 'Đảng viên', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'Không xếp loại'];
  const doc = new Document({
    sections: [
      {
        children: [
          para('BÁO CÁO', true, true),
          para('Kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm {{year}}', true, true),
          para('Tổng số đảng viên: {{total}}; được xếp loại: {{rated}}.'),
          para('{{#levels}}- {{level}}: {{count}} đồng chí ({{percent}}).{{/levels}}'),
          new Table({
            rows: [
              new TableRow({ children: heads.map((h, i) => cell(h, widths[i] ?? 1000, true)) }),
              new TableRow({ children: keys.map((k, i) => cell(`${i === 0 ? '{{#organizations}}' : ''}{{${k}}}${i === keys.length - 1 ? '{{/organizations}}' : ''}`, widths[i] ?? 1000)) }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

type Level = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';
const levelOf: Readonly<Record<string, Level>> = {
  'hoàn thành xuất sắc nhiệm vụ': 'HTXSNV',
  'hoàn thành tốt nhiệm vụ': 'HTTNV',
  'hoàn thành nhiệm vụ': 'HTNV',
  'không hoàn thành nhiệm vụ': 'KHTNV',
};
const levelNames: Readonly<Record<Level, string>> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};
const levels: Level[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];

interface PeerMember {
  name: string;
  birthDate: Date | undefined;
  partyPosition: string;
  governmentPosition: string;
  notRated: string;
  score: number | undefined;
  self: Level | undefined;
  proposed: Level | undefined;
  final: Level | undefined;
  note: string;
}

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  return String(value).trim();
}

function headerIndex(sheet: ExcelJS.Worksheet): Map<string, number> {
  const map = new Map<string, number>();
  sheet.getRow(1).eachCell((c, col) => map.set(text(c.value), col));
  return map;
}

const rank = (position: string): number => {
  const p = position.toLowerCase();
  if (p.startsWith('phó bí thư')) return 1;
  if (p.startsWith('bí thư')) return 0;
  return p.includes('ủy viên') ? 2 : 3;
};
const givenName = (name: string): string => name.trim().split(/\s+/).pop() ?? '';
const collator = new Intl.Collator('vi');
const percent = (n: number, d: number): string => (d === 0 ? '0%' : `${((n * 100) / d).toFixed(2).replace('.', ',')}%`);
const date = (d: Date | undefined): string =>
  d === undefined ? '' : `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;

const thin: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/** exceljs reads the whole workbook, easy-template-x renders each document, exceljs writes the summary, fflate zips. */
export async function peerExport(file: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vankien-bench-peer-'));
  try {
    const input = new ExcelJS.Workbook();
    await input.xlsx.readFile(file);
    const organizationsSheet = input.getWorksheet('Tổ chức đảng');
    const membersSheet = input.getWorksheet('Đảng viên');
    if (organizationsSheet === undefined || membersSheet === undefined) throw new Error('sheets missing');
    const oh = headerIndex(organizationsSheet);
    const mh = headerIndex(membersSheet);
    const col = (h: Map<string, number>, name: string): number => h.get(name) ?? 0;
    const organizations: { code: string; name: string; secretary: string; rating: string }[] = [];
    organizationsSheet.eachRow((row, n) => {
      if (n === 1 || Number(row.getCell(col(oh, 'Năm')).value) !== 2025) return;
      organizations.push({
        code: text(row.getCell(col(oh, 'Mã tổ chức')).value),
        name: text(row.getCell(col(oh, 'Tên tổ chức đảng')).value),
        secretary: text(row.getCell(col(oh, 'Bí thư')).value),
        rating: levelOf[text(row.getCell(col(oh, 'Xếp loại')).value).toLowerCase()] ?? '',
      });
    });
    organizations.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const byOrganization = new Map<string, PeerMember[]>();
    membersSheet.eachRow((row, n) => {
      if (n === 1 || Number(row.getCell(col(mh, 'Năm')).value) !== 2025) return;
      const level = (name: string): Level | undefined => levelOf[text(row.getCell(col(mh, name)).value).toLowerCase()];
      const birth = row.getCell(col(mh, 'Ngày sinh')).value;
      const score = row.getCell(col(mh, 'Điểm')).value;
      const member: PeerMember = {
        name: text(row.getCell(col(mh, 'Họ và tên')).value),
        birthDate: birth instanceof Date ? birth : undefined,
        partyPosition: text(row.getCell(col(mh, 'Chức vụ đảng')).value),
        governmentPosition: text(row.getCell(col(mh, 'Chức vụ chính quyền')).value),
        notRated: text(row.getCell(col(mh, 'Không xếp loại')).value),
        score: typeof score === 'number' ? score : undefined,
        self: level('Tự xếp loại'),
        proposed: level('Chi bộ đề xuất'),
        final: level('Xếp loại'),
        note: text(row.getCell(col(mh, 'Ghi chú')).value),
      };
      const code = text(row.getCell(col(mh, 'Mã tổ chức')).value);
      const list = byOrganization.get(code);
      if (list === undefined) byOrganization.set(code, [member]);
      else list.push(member);
    });

    const handler = new TemplateHandler({ delimiters: { tagStart: '{{', tagEnd: '}}', containerTagOpen: '#', containerTagClose: '/' } });
    const table = await tableTemplate();
    const zipPath = path.join(dir, 'peer.zip');
    const output = createWriteStream(zipPath);
    const zip = new Zip((error, chunk, final) => {
      if (error !== null) throw error;
      output.write(chunk);
      if (final) output.end();
    });
    const add = (name: string, bytes: Uint8Array): void => {
      const entry = new ZipDeflate(name, { level: 6 });
      zip.add(entry);
      entry.push(bytes, true);
    };
    const workbook = new ExcelJS.Workbook();
    const summary = workbook.addWorksheet('Tổng hợp', { views: [{ state: 'frozen', ySplit: 2 }], pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    summary.columns = [{ width: 6 }, { width: 10 }, { width: 40 }, { width: 10 }, { width: 10 }, ...levels.map(() => ({ width: 9 })), { width: 10 }, { width: 10 }];
    summary.addRow(['TỔNG HỢP KẾT QUẢ XẾP LOẠI NĂM 2025']).font = { bold: true, size: 14, name: font };
    summary.addRow(['STT', 'Mã', 'Tên tổ chức đảng', 'Đảng viên', 'Được xếp loại', ...levels, 'Không xếp loại', 'Xếp loại tổ chức']).font = { bold: true, name: font };
    const totals = { members: 0, rated: 0, notRated: 0, levels: { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 } as Record<Level, number> };
    const reportRows: Record<string, string>[] = [];
    let index = 0;
    for (const organization of organizations) {
      index++;
      const members = [...(byOrganization.get(organization.code) ?? [])].sort(
        (a, b) => rank(a.partyPosition) - rank(b.partyPosition) || collator.compare(givenName(a.name), givenName(b.name)) || collator.compare(a.name, b.name),
      );
      const counts: Record<Level, number> = { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
      let notRated = 0;
      for (const m of members) {
        if (m.notRated !== '') notRated++;
        else if (m.final !== undefined) counts[m.final]++;
      }
      const rated = levels.reduce((s, l) => s + counts[l], 0);
      const rows = members.map((m, i) => ({
        number: String(i + 1),
        name: m.name,
        birthDate: date(m.birthDate),
        position: [m.partyPosition, m.governmentPosition].filter((p) => p !== '').join('; '),
        score: m.score === undefined ? '' : String(m.score).replace('.', ','),
        selfRating: m.notRated === '' ? (m.self ?? '') : '',
        proposedRating: m.notRated === '' ? (m.proposed ?? '') : '',
        finalRating: m.notRated === '' ? (m.final ?? '') : '',
        note: m.notRated === '' ? m.note : `Không xếp loại: ${m.notRated}`,
      }));
      const data = {
        superiorBody: 'ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH',
        issuingBody: organization.name.toUpperCase(),
        dateLine: 'Khánh Hòa, ngày 20 tháng 12 năm 2025',
        title: 'BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2025',
        organizationName: organization.name,
        year: '2025',
        rows,
        levels: levels.map((l) => ({ level: levelNames[l], count: String(counts[l]), percent: percent(counts[l], rated) })),
        notRatedLine: notRated === 0 ? '' : `Không đánh giá, xếp loại: ${notRated} đồng chí.`,
        authority: 'T/M CHI ỦY',
        secretary: organization.secretary,
      };
      const docx = await handler.process(table, data);
      add(`Bảng xếp loại 2025/${organization.code} - ${organization.name.replace(/[<>:"/\\|?*]/g, '_')}.docx`, new Uint8Array(docx));

      const sheet = workbook.addWorksheet(`${index} ${organization.code}`.slice(0, 31), {
        views: [{ state: 'frozen', ySplit: 4 }],
        pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
      });
      sheet.columns = columns.map(([, , width]) => ({ width: width / 100 }));
      sheet.mergeCells(1, 1, 1, columns.length);
      sheet.getCell(1, 1).value = data.title;
      sheet.getCell(1, 1).font = { bold: true, size: 14, name: font };
      sheet.mergeCells(2, 1, 2, columns.length);
      sheet.getCell(2, 1).value = organization.name;
      const header = sheet.getRow(4);
      header.values = columns.map(([title]) => title);
      header.font = { bold: true, name: font };
      header.eachCell((c) => {
        c.border = thin;
        c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      });
      members.forEach((m, i) => {
        const row = sheet.addRow([i + 1, m.name, m.birthDate ?? null, rows[i]?.position ?? '', m.score ?? null, rows[i]?.selfRating ?? '', rows[i]?.proposedRating ?? '', rows[i]?.finalRating ?? '', rows[i]?.note ?? '']);
        row.font = { name: font };
        row.eachCell({ includeEmpty: true }, (c) => {
          c.border = thin;
        });
        row.getCell(3).numFmt = 'dd/mm/yyyy';
      });
      for (const l of levels) sheet.addRow(['', levelNames[l], '', counts[l], rated === 0 ? 0 : counts[l] / rated]).getCell(5).numFmt = '0.00%';
      sheet.pageSetup.printArea = `A1:I${sheet.rowCount}`;
      sheet.pageSetup.printTitlesRow = '4:4';

      const summaryRow = summary.addRow([index, organization.code, organization.name, members.length, rated, ...levels.map((l) => counts[l]), notRated, organization.rating]);
      summaryRow.eachCell((c) => {
        c.border = thin;
      });
      totals.members += members.length;
      totals.rated += rated;
      totals.notRated += notRated;
      for (const l of levels) totals.levels[l] += counts[l];
      reportRows.push({ number: String(index), name: organization.name, members: String(members.length), excellent: String(counts.HTXSNV), good: String(counts.HTTNV), complete: String(counts.HTNV), incomplete: String(counts.KHTNV), notRated: String(notRated) });
    }
    summary.addRow(['', '', 'Tổng cộng', totals.members, totals.rated, ...levels.map((l) => totals.levels[l]), totals.notRated]).font = { bold: true, name: font };
    const report = await handler.process(await reportTemplate(), {
      year: '2025',
      total: String(totals.members),
      rated: String(totals.rated),
      levels: levels.map((l) => ({ level: levelNames[l], count: String(totals.levels[l]), percent: percent(totals.levels[l], totals.rated) })),
      organizations: reportRows,
    });
    add('Báo cáo xếp loại 2025.docx', new Uint8Array(report));
    add('Tổng hợp xếp loại 2025.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    add('README.txt', new TextEncoder().encode(`${organizations.length} bảng xếp loại\r\n`));
    zip.end();
    await new Promise<void>((resolve, reject) => {
      output.on('close', resolve);
      output.on('error', reject);
    });
    return `${(statSync(zipPath).size / 1048576).toFixed(1)} MB zip, ${organizations.length} tables`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
