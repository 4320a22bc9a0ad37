// Template engine benchmark: this engine against easy-template-x and docxtemplater (+pizzip) on the same
// templates and data, deflate level 6 everywhere, medians of several rounds.
// Run: npx esbuild bench/template-bench.ts --bundle --platform=node --outfile=/tmp/tb.cjs && node /tmp/tb.cjs
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import Docxtemplater from 'docxtemplater';
import { TemplateHandler } from 'easy-template-x';
import { deflateSync } from 'fflate';
import PizZip from 'pizzip';
import { deflateRawSync } from 'zlib';
import { compileTemplate, renderDocx, type CompiledTemplate, type RenderOptions, type TemplateData } from '../src/core/template';

export const benchEngines = ['vankien', 'vankien+fflate6', 'vankien+zlib6', 'easy-template-x', 'docxtemplater'] as const;
export type BenchEngine = (typeof benchEngines)[number];
export const benchScenarios = ['first-document', 'resolution', 'table-60', 'bulk-120'] as const;
export type BenchScenario = (typeof benchScenarios)[number];

export interface BenchResult {
  readonly scenario: BenchScenario;
  readonly engine: BenchEngine;
  /** Median wall time over rounds, milliseconds (per document, except bulk-120: all 120 documents). */
  readonly medianMs: number;
  /** Median CPU time (user + system) of this process, same unit: steadier than wall time on a shared machine. */
  readonly cpuMs: number;
  readonly rounds: number;
  /** medianMs divided by this engine's medianMs for the same scenario (1 for this engine). */
  readonly ratio: number;
  /** The same with CPU times. */
  readonly cpuRatio: number;
  /** Size of one output .docx (bulk-120: of the first document), bytes. */
  readonly bytes: number;
}

interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

type Row = Record<string, string | number>;

async function pack(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const text = (s: string, bold = false): Paragraph => new Paragraph({ children: [new TextRun({ text: s, bold, font: 'Times New Roman', size: 28 })] });

function resolutionTemplate(): Promise<Uint8Array> {
  const children: Paragraph[] = [
    text('ĐẢNG BỘ {{superior_name}}', true),
    text('{{committee_name}}', true),
    text('Số {{number}}-NQ/{{committee_code}}'),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: '{{place}}, ngày {{day}} tháng {{month}} năm {{year}}', italics: true })] }),
    text('NGHỊ QUYẾT', true),
    text('{{conference_title}}', true),
    text('Căn cứ Điều lệ Đảng Cộng sản Việt Nam; căn cứ Quy định số {{regulation}} của Ban Chấp hành Trung ương;'),
    text('Căn cứ kết quả hội nghị ngày {{conference_date}} tại {{conference_place}};'),
    text('Hội nghị có {{present}} đồng chí dự, vắng {{absent}} đồng chí; chủ trì: đồng chí {{chair}}; thư ký: đồng chí {{secretary}}.'),
    text('QUYẾT NGHỊ:', true),
  ];
  for (let i = 1; i <= 10; i++) children.push(text(`Điều ${i}. Nội dung quyết nghị số ${i} của hội nghị về công tác xây dựng Đảng, phát triển đảng viên và kiểm tra giám sát trong năm.`));
  children.push(text('{{#items}}'), text('{{index}}. {{content}} — biểu quyết: {{agree}}/{{present}}'), text('{{/items}}'));
  for (let i = 0; i < 8; i++) children.push(text('Các đồng chí cấp ủy viên, chi bộ và đảng viên có trách nhiệm thi hành nghị quyết này.'));
  children.push(text('Nơi nhận: {{recipients}}'), text('T/M {{committee_name}}', true), text('{{signer_title}}', true), text('{{signer_name}}', true));
  children.push(text('Ghi chú: {{note}}'), text('Lưu văn phòng {{committee_code}}.'));
  return pack(children);
}

function cell(s: string): TableCell {
  return new TableCell({ children: [text(s)], width: { size: 1800, type: WidthType.DXA } });
}

function tableTemplate(): Promise<Uint8Array> {
  return pack([
    text('BÁO CÁO XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM {{year}}', true),
    text('{{organization}}', true),
    new Table({
      rows: [
        new TableRow({ children: ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Xếp loại'].map(cell) }),
        new TableRow({ children: [cell('{{#members}}{{index}}'), cell('{{name}}'), cell('{{birth}}'), cell('{{position}}'), cell('{{rating}}{{/members}}')] }),
      ],
    }),
    text('Tổng số: {{total}} đảng viên.'),
    text('{{place}}, ngày {{date}}'),
    text('{{signer_name}}', true),
  ]);
}

const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Võ Thị Giang', 'Đặng Quốc Huy'];
const ratings = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ'];

function members(count: number, seed: number): Row[] {
  return Array.from({ length: count }, (_, i) => ({
    index: i + 1,
    name: names[(i + seed) % names.length] as string,
    birth: `${((i * 7) % 28) + 1}/${(i % 12) + 1}/19${60 + (i % 40)}`,
    position: i % 5 === 0 ? 'Bí thư chi bộ' : 'Đảng viên',
    rating: ratings[(i + seed) % ratings.length] as string,
  }));
}

function resolutionData(): TemplateData {
  return {
    superior_name: 'XÃ AN BÌNH',
    committee_name: 'CHI BỘ THÔN ĐÔNG',
    committee_code: 'CB',
    number: 12,
    place: 'An Bình',
    day: 15,
    month: 3,
    year: 2025,
    conference_title: 'HỘI NGHỊ CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2025',
    regulation: '24-QĐ/TW',
    conference_date: '15/03/2025',
    conference_place: 'Nhà văn hóa thôn Đông',
    present: 27,
    absent: 2,
    chair: 'Nguyễn Văn An',
    secretary: 'Trần Thị Bình',
    items: Array.from({ length: 4 }, (_, i) => ({ index: i + 1, content: `Thông qua nội dung số ${i + 1} <đã thảo luận> & biểu quyết`, agree: 27 - i })),
    recipients: 'Đảng ủy xã; các đảng viên; lưu chi bộ.',
    signer_title: 'BÍ THƯ',
    signer_name: 'Nguyễn Văn An',
    note: 'Nghị quyết có hiệu lực kể từ ngày ký.\nDòng thứ hai.',
  };
}

function tableData(count: number, seed: number): TemplateData {
  return { year: 2025, organization: `CHI BỘ SỐ ${seed + 1}`, members: members(count, seed), total: count, place: 'An Bình', date: '20/12/2025', signer_name: 'Nguyễn Văn An' };
}

function bulkData(): TemplateData[] {
  // 120 organizations, 3,400 members in all (sizes 18..38, summing exactly)
  const sizes = Array.from({ length: 120 }, (_, i) => 18 + ((i * 7) % 21));
  let diff = 3400 - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % 120) {
    const step = diff > 0 ? 1 : -1;
    sizes[i] = (sizes[i] as number) + step;
    diff -= step;
  }
  return sizes.map((n, i) => tableData(n, i));
}

type Renderer = (data: TemplateData) => Promise<Uint8Array> | Uint8Array;

const zlibDeflate = (data: Uint8Array): Uint8Array => deflateRawSync(data, { level: 6 });

function vankienRenderer(template: CompiledTemplate, options: RenderOptions = {}): Renderer {
  return (data) => {
    const r = renderDocx(template, data, options);
    if (!r.bytes) throw new Error(r.problems.map((p) => p.messageEn).join('\n'));
    return r.bytes;
  };
}

function docxtemplaterRenderer(bytes: Uint8Array): Renderer {
  return (data) => {
    const doc = new Docxtemplater(new PizZip(bytes), { paragraphLoop: true, linebreaks: true, delimiters: { start: '{{', end: '}}' } });
    doc.render(data);
    return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  };
}

function easyRenderer(bytes: Uint8Array): Renderer {
  const handler = new TemplateHandler({ delimiters: { tagStart: '{{', tagEnd: '}}', containerTagOpen: '#', containerTagClose: '/' } });
  const buffer = Buffer.from(bytes);
  return async (data) => new Uint8Array(await handler.process(buffer, data as Parameters<TemplateHandler['process']>[1]));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

async function time(fn: () => Promise<unknown> | unknown, iterations: number, rounds: number): Promise<Timing> {
  for (let i = 0; i < Math.min(iterations, 3); i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    const usage = process.cpuUsage();
    for (let i = 0; i < iterations; i++) await fn();
    const used = process.cpuUsage(usage);
    wall.push((performance.now() - start) / iterations);
    cpu.push((used.user + used.system) / 1000 / iterations);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

function compiled(bytes: Uint8Array): CompiledTemplate {
  const c = compileTemplate(bytes);
  if (!c.template) throw new Error(c.problems.map((p) => p.messageEn).join('\n'));
  return c.template;
}

/** The templates (built with the docx library) and data every engine gets. */
export async function benchInputs(): Promise<{
  resolution: Uint8Array;
  table: Uint8Array;
  resolutionData: TemplateData;
  table60: TemplateData;
  bulk: TemplateData[];
}> {
  return { resolution: await resolutionTemplate(), table: await tableTemplate(), resolutionData: resolutionData(), table60: tableData(60, 0), bulk: bulkData() };
}

export async function runTemplateBench(options: { rounds?: number; engines?: readonly BenchEngine[] } = {}): Promise<BenchResult[]> {
  const rounds = options.rounds ?? 5;
  const { resolution, table: tableBytes, resolutionData: resData, table60, bulk } = await benchInputs();
  const raw: Omit<BenchResult, 'ratio' | 'cpuRatio'>[] = [];
  const add = (scenario: BenchScenario, engine: BenchEngine, t: Timing, n: number, bytes: number): void => {
    raw.push({ scenario, engine, medianMs: t.wall, cpuMs: t.cpu, rounds: n, bytes });
  };

  const engines: [BenchEngine, (bytes: Uint8Array) => Renderer][] = [
    ['vankien', (b) => vankienRenderer(compiled(b))],
    ['vankien+fflate6', (b) => vankienRenderer(compiled(b), { deflate: (d) => deflateSync(d, { level: 6 }) })],
    ['vankien+zlib6', (b) => vankienRenderer(compiled(b), { deflate: zlibDeflate })],
    ['easy-template-x', easyRenderer],
    ['docxtemplater', docxtemplaterRenderer],
  ];
  for (const [engine, make] of engines) {
    if (options.engines && !options.engines.includes(engine)) continue;
    // first document: everything from the template bytes (compile + render), fresh each time
    const resolutionRender = make(resolution);
    const tableRender = make(tableBytes);
    const resolutionSize = (await resolutionRender(resData)).length;
    add('first-document', engine, await time(() => make(resolution)(resData), 5, rounds), rounds, resolutionSize);
    add('resolution', engine, await time(() => resolutionRender(resData), 20, rounds), rounds, resolutionSize);
    add('table-60', engine, await time(() => tableRender(table60), 10, rounds), rounds, (await tableRender(table60)).length);
    const bulkRounds = Math.max(3, Math.ceil(rounds / 2));
    add(
      'bulk-120',
      engine,
      await time(
        async () => {
          for (const d of bulk) await tableRender(d);
        },
        1,
        bulkRounds,
      ),
      bulkRounds,
      (await tableRender(bulk[0] ?? {})).length,
    );
  }
  return raw.map((r) => {
    const base = raw.find((x) => x.scenario === r.scenario && x.engine === 'vankien');
    return { ...r, ratio: base ? r.medianMs / base.medianMs : 1, cpuRatio: base ? r.cpuMs / base.cpuMs : 1 };
  });
}

export function formatBench(results: readonly BenchResult[]): string {
  const lines = ['scenario        engine            wall ms  × vankien     cpu ms  × vankien    bytes'];
  for (const r of results) {
    lines.push(
      `${r.scenario.padEnd(16)}${r.engine.padEnd(18)}${r.medianMs.toFixed(2).padStart(9)}${r.ratio.toFixed(1).padStart(11)}${r.cpuMs.toFixed(2).padStart(11)}${r.cpuRatio.toFixed(1).padStart(11)}${String(r.bytes).padStart(9)}`,
    );
  }
  return lines.join('\n');
}

// run only as its own bundle (npx esbuild bench/template-bench.ts … --outfile=/tmp/tb.cjs), not when imported
if (/(?:^|[\\/])(?:tb|template-bench)\.c?js$/.test(process.argv[1] ?? '')) {
  const only = process.argv.slice(2).filter((a): a is BenchEngine => (benchEngines as readonly string[]).includes(a));
  runTemplateBench(only.length ? { engines: only } : {}).then(
    (results) => console.log(formatBench(results)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
