// The built-in Word templates (templates/*.docx, written by scripts/build-templates.ts): structure against the
// script, layout of domain/FORMAT.md, tags of src/core/documents/template-data.ts, schema, LibreOffice.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { writeTemplates, type TemplateFile } from '../scripts/build-templates';
import { compileTemplate, renderDocx, type TemplateData } from '../src/core/template';
import {
  attribute,
  elements,
  officeCommand,
  paragraphs,
  pdfPages,
  pdfText,
  pdfToPngs,
  renderPdfs,
  tempDir,
  testWithTools,
  unzipDocx,
  validateWordXmlParts,
  type DocxPackage,
} from './support/docx-tools';
import { contractTags, tagsOf, tagUsage, type TagKind } from './support/template-contract';
import {
  conclusionNoticeSample,
  minutesSample,
  ratingReportSample,
  ratingTableSample,
  resolutionSample,
} from './support/template-samples';

const templatesDir = resolve(__dirname, '../templates');
const buildCommand =
  'npx esbuild scripts/build-templates.ts --bundle --platform=node --packages=external --outfile=dist/build-templates.cjs && node dist/build-templates.cjs';

type Orientation = 'portrait' | 'landscape';
interface Case {
  readonly file: TemplateFile;
  /** The interface of template-data.ts the template is rendered with. */
  readonly contract: string;
  /** A text that identifies the document on its first page: the document type or the table's columns. */
  readonly documentType: string;
  /** The orientation of each section. */
  readonly sections: readonly Orientation[];
  readonly sample: object;
  /** Sample values that must appear in the rendered document. */
  readonly rendered: readonly string[];
}

const cases: readonly Case[] = [
  {
    file: 'nghi-quyet.docx',
    contract: 'ResolutionData',
    documentType: 'NGHỊ QUYẾT',
    sections: ['portrait'],
    sample: resolutionSample,
    rendered: [
      'QUYẾT NGHỊ:',
      '1. Thống nhất thông qua báo cáo',
      'Giao Ban Thường vụ Đảng ủy chỉ đạo',
      'T/M BAN CHẤP HÀNH',
      'Hồ Xuân Trường',
      '- Lưu Văn phòng Đảng ủy.',
    ],
  },
  {
    file: 'thong-bao-ket-luan.docx',
    contract: 'ConclusionNoticeData',
    documentType: 'THÔNG BÁO',
    sections: ['portrait'],
    sample: conclusionNoticeSample,
    rendered: [
      'kết luận như sau:',
      'Đơn vị thực hiện: Ủy ban Kiểm tra Đảng ủy',
      'T/M BAN THƯỜNG VỤ',
      'Nguyễn Thị Lan',
    ],
  },
  {
    file: 'bien-ban.docx',
    contract: 'MinutesData',
    documentType: 'BIÊN BẢN',
    sections: ['portrait'],
    sample: minutesSample,
    rendered: [
      'Vắng mặt: 04 đồng chí:',
      'Đại biểu mời dự:',
      '2.2. Thảo luận phương hướng năm 2026.',
      'NGƯỜI GHI BIÊN BẢN',
      'CHỦ TRÌ HỘI NGHỊ',
      'Lê Thị Hoa',
    ],
  },
  {
    file: 'bao-cao-xep-loai.docx',
    contract: 'RatingReportData',
    documentType: 'BÁO CÁO',
    sections: ['portrait', 'landscape'],
    sample: ratingReportSample,
    rendered: [
      'Hoàn thành tốt nhiệm vụ: 8 tổ chức, chiếm 66,67%; tăng 1 so với năm 2024.',
      'Đảng bộ Ban Tuyên giáo và Dân vận Tỉnh ủy',
      'Tổng cộng',
      'NĂM 2025',
    ],
  },
  {
    file: 'bang-xep-loai.docx',
    contract: 'RatingTableData',
    documentType: 'Chi bộ đề xuất',
    sections: ['landscape'],
    sample: ratingTableSample,
    rendered: [
      'BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ',
      'Trần Quốc Cường',
      '92,5',
      'T/M CHI ỦY',
      'Không đánh giá, xếp loại: 1 đồng chí',
    ],
  },
];

// FORMAT.md "Page": A4, margins top 20, bottom 20, left 30, right 15 mm.
const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);
const a4 = { width: twips(210), height: twips(297) };
const margins = { top: twips(20), bottom: twips(20), left: twips(30), right: twips(15) };
const font = 'Times New Roman';

const committed = new Map<TemplateFile, DocxPackage>();
const committedBytes = new Map<TemplateFile, Uint8Array>();
const regenerated = new Map<TemplateFile, DocxPackage>();
const contracts = new Map<string, Map<string, TagKind>>();
let outDir = '';

beforeAll(async () => {
  outDir = tempDir('vankien-templates-');
  const written = await writeTemplates(outDir);
  for (const path of written)
    regenerated.set(basename(path) as TemplateFile, unzipDocx(readFileSync(path)));
  for (const { file, contract } of cases) {
    const bytes = new Uint8Array(readFileSync(join(templatesDir, file)));
    committedBytes.set(file, bytes);
    committed.set(file, unzipDocx(bytes));
    contracts.set(contract, contractTags(contract));
  }
});

afterAll(() => {
  if (outDir !== '') rmSync(outDir, { recursive: true, force: true });
});

function pkg(file: TemplateFile): DocxPackage {
  const found = committed.get(file);
  if (found === undefined) throw new Error(`templates/${file} was not read`);
  return found;
}

function contractOf(name: string): Map<string, TagKind> {
  const found = contracts.get(name);
  if (found === undefined) throw new Error(`no contract ${name}`);
  return found;
}

const styleIds = (styles: string): string[] =>
  [...styles.matchAll(/<w:style\b[^>]*w:styleId="([^"]*)"/g)].map((m) => m[1] ?? '');

function styleXml(styles: string, id: string): string {
  const found = elements(styles, 'w:style').find((s) => s.includes(`w:styleId="${id}"`));
  if (found === undefined) throw new Error(`no style ${id}`);
  return found;
}

/** Body paragraphs and tables in order, as (style | text) and "table" markers, plus the section properties. */
function structure(document: string): { blocks: string[]; sections: string[] } {
  const blocks = paragraphs(document).map((p) => `${p.style} | ${p.text}`);
  const tables = elements(document, 'w:tbl').map(
    (t) => `table ${elements(t, 'w:gridCol').join('')}`,
  );
  return { blocks: [...blocks, ...tables], sections: elements(document, 'w:sectPr') };
}

/** Target of a relationship of word/document.xml. */
function relationshipTarget(docx: DocxPackage, id: string): string {
  const rels = docx.part('word/_rels/document.xml.rels');
  const target =
    new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship\\b[^>]*Target="([^"]*)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`no relationship ${id}`);
  return `word/${target}`;
}

describe.each(cases)('templates/$file', ({ file, contract, documentType, sections }) => {
  test('is what scripts/build-templates.ts writes (same paragraphs, tables, sections and styles)', () => {
    const built = regenerated.get(file);
    expect(built).toBeDefined();
    if (built === undefined) return;
    const hint = `templates/${file} differs from the script's output; rebuild it: ${buildCommand}`;
    expect({ hint, ...structure(pkg(file).part('word/document.xml')) }).toEqual({
      hint,
      ...structure(built.part('word/document.xml')),
    });
    expect(styleIds(pkg(file).part('word/styles.xml'))).toEqual(
      styleIds(built.part('word/styles.xml')),
    );
  });

  test('A4 pages with the FORMAT.md margins, in the expected orientation', () => {
    const found = elements(pkg(file).part('word/document.xml'), 'w:sectPr');
    expect(found).toHaveLength(sections.length);
    found.forEach((section, index) => {
      const landscape = sections[index] === 'landscape';
      expect(attribute(section, 'w:pgSz', 'w:w')).toBe(String(landscape ? a4.height : a4.width));
      expect(attribute(section, 'w:pgSz', 'w:h')).toBe(String(landscape ? a4.width : a4.height));
      expect(attribute(section, 'w:pgSz', 'w:orient')).toBe(landscape ? 'landscape' : 'portrait');
      expect(attribute(section, 'w:pgMar', 'w:top')).toBe('1134');
      expect(attribute(section, 'w:pgMar', 'w:bottom')).toBe(String(margins.bottom));
      expect(attribute(section, 'w:pgMar', 'w:left')).toBe('1701');
      expect(attribute(section, 'w:pgMar', 'w:right')).toBe('850');
    });
  });

  test('Times New Roman everywhere, language vi-VN, core properties', () => {
    const styles = pkg(file).part('word/styles.xml');
    const defaults = elements(styles, 'w:docDefaults')[0] ?? '';
    for (const slot of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'])
      expect(attribute(defaults, 'w:rFonts', slot)).toBe(font);
    expect(attribute(defaults, 'w:lang', 'w:val')).toBe('vi-VN');
    expect(attribute(defaults, 'w:lang', 'w:eastAsia')).toBe('vi-VN');
    // no style, paragraph or run names another font
    for (const part of ['word/styles.xml', 'word/document.xml']) {
      for (const fonts of elements(pkg(file).part(part), 'w:rFonts')) {
        expect(fonts).not.toMatch(/Theme=/);
        for (const name of fonts.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]*)"/g))
          expect(name[1]).toBe(font);
      }
    }
    const core = pkg(file).part('docProps/core.xml');
    expect(core).toMatch(/<dc:title>[^<]+<\/dc:title>/);
    expect(core).toContain('<dc:creator>Văn kiện</dc:creator>');
    expect(core).toContain('<dc:language>vi-VN</dc:language>');
  });

  test('real Word styles carry the formatting: every paragraph has a VK style, no run is formatted directly', () => {
    const styles = pkg(file).part('word/styles.xml');
    const document = pkg(file).part('word/document.xml');
    const defined = new Set(styleIds(styles));
    // docx writes the paragraph holding a section break, and an empty layout cell gets a bare paragraph
    const used = paragraphs(document)
      .filter((p) => p.text !== '')
      .map((p) => p.style);
    for (const id of used) {
      expect(id).toMatch(/^VK/);
      expect(defined.has(id)).toBe(true);
      expect(styleXml(styles, id)).toMatch(/<w:name w:val="VK [^"]+"\/>/);
    }
    expect(document).not.toMatch(/<w:r>\s*<w:rPr>/);
    const body = styleXml(styles, 'VKNoiDung');
    expect(attribute(body, 'w:sz', 'w:val')).toBe('28');
    expect(attribute(body, 'w:jc', 'w:val')).toBe('both');
    expect(Number(attribute(body, 'w:ind', 'w:firstLine'))).toBe(twips(12.7));
    expect(Number(attribute(body, 'w:spacing', 'w:after'))).toBeGreaterThanOrEqual(120);
    const line = Number(attribute(body, 'w:spacing', 'w:line'));
    expect(line).toBeGreaterThanOrEqual(240);
    expect(line).toBeLessThanOrEqual(360);
    const type = styleXml(styles, 'VKTieuDe');
    expect(type).toContain('<w:b/>');
    expect(attribute(type, 'w:sz', 'w:val')).toBe('32');
    expect(attribute(type, 'w:jc', 'w:val')).toBe('center');
  });

  test('header block: a borderless table, issuing body over "*" and the number, the party name over its rule and the date', () => {
    const document = pkg(file).part('word/document.xml');
    const styles = pkg(file).part('word/styles.xml');
    const body = document.slice(document.indexOf('<w:body>') + '<w:body>'.length);
    expect(body.startsWith('<w:tbl>')).toBe(true);
    const table = elements(body, 'w:tbl')[0] ?? '';
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      expect(attribute(elements(table, 'w:tblBorders')[0] ?? '', `w:${side}`, 'w:val')).toBe(
        'none',
      );
    }
    const [bodies, numberAndDate] = elements(table, 'w:tr');
    const cells = (row: string | undefined) =>
      elements(row ?? '', 'w:tc').map((c) => paragraphs(c).map((p) => `${p.style}: ${p.text}`));
    const top = cells(bodies);
    expect(top[0]).toEqual([
      'VKTheDieuKhien: {{#if header.superiorBody}}',
      'VKCapUyCapTren: {{header.superiorBody}}',
      'VKTheDieuKhien: {{/if}}',
      'VKCoQuanBanHanh: {{header.issuingBody}}',
      'VKDauSao: *',
    ]);
    expect(top.at(-1)).toEqual(['VKTenDang: ĐẢNG CỘNG SẢN VIỆT NAM']);
    const second = cells(numberAndDate);
    expect(second[0]).toEqual(['VKSoKyHieu: {{header.documentNumber}}']);
    expect(second.at(-1)).toEqual(['VKDiaDanhNgayThang: {{header.dateLine}}']);
    // FORMAT.md box 1–4: sizes and emphasis
    const party = styleXml(styles, 'VKTenDang');
    expect(attribute(party, 'w:sz', 'w:val')).toBe('30');
    expect(party).toContain('<w:b/>');
    expect(attribute(elements(party, 'w:pBdr')[0] ?? '', 'w:bottom', 'w:val')).toBe('single');
    expect(Number(attribute(party, 'w:ind', 'w:left'))).toBeGreaterThan(0);
    expect(attribute(party, 'w:ind', 'w:left')).toBe(attribute(party, 'w:ind', 'w:right'));
    expect(styleXml(styles, 'VKCoQuanBanHanh')).toContain('<w:b/>');
    expect(styleXml(styles, 'VKCapUyCapTren')).not.toContain('<w:b/>');
    expect(styleXml(styles, 'VKDiaDanhNgayThang')).toContain('<w:i/>');
    for (const id of [
      'VKCapUyCapTren',
      'VKCoQuanBanHanh',
      'VKDauSao',
      'VKSoKyHieu',
      'VKDiaDanhNgayThang',
    ]) {
      expect(attribute(styleXml(styles, id), 'w:sz', 'w:val')).toBe('28');
      expect(attribute(styleXml(styles, id), 'w:jc', 'w:val')).toBe('center');
    }
  });

  test('title and closing: document type, summary, separator; recipients and signature in a borderless table', () => {
    const texts = paragraphs(pkg(file).part('word/document.xml')).map(
      (p) => `${p.style}: ${p.text}`,
    );
    if (file === 'bang-xep-loai.docx') {
      expect(texts).toEqual(
        expect.arrayContaining([
          'VKTenBang: {{title}}',
          'VKTrichYeu: {{organizationName}}',
          'VKGachNgang: -----',
        ]),
      );
    } else {
      const start = texts.indexOf(`VKTieuDe: ${documentType}`);
      expect(start).toBeGreaterThan(0);
      expect(texts.slice(start + 1, start + 3)).toEqual([
        'VKTrichYeu: {{summaryLine}}',
        'VKGachNgang: -----',
      ]);
    }
    const signers =
      file === 'bien-ban.docx' ? ['minuteTakerSignature', 'chairSignature'] : ['signature'];
    for (const signer of signers) {
      expect(texts).toContain(`VKChuKy: {{${signer}.title}}`);
      expect(texts).toContain(`VKChuKyHoTen: {{${signer}.name}}`);
    }
    const hasRecipients = file !== 'bien-ban.docx' && file !== 'bang-xep-loai.docx';
    expect(texts.includes('VKNoiNhan: Nơi nhận:')).toBe(hasRecipients);
    if (file === 'nghi-quyet.docx') expect(texts).toContain('VKQuyetNghi: QUYẾT NGHỊ:');
  });

  test('page numbers from page 2: different first page, empty first header, centred PAGE field', () => {
    const docx = pkg(file);
    const [first, ...rest] = elements(docx.part('word/document.xml'), 'w:sectPr');
    expect(first).toContain('<w:titlePg/>');
    const reference = (section: string, type: string): string | undefined =>
      new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]*)"`).exec(section)?.[1];
    const firstHeader = docx.part(relationshipTarget(docx, reference(first ?? '', 'first') ?? ''));
    expect(
      paragraphs(firstHeader)
        .map((p) => p.text)
        .join(''),
    ).toBe('');
    for (const section of [first ?? '', ...rest]) {
      const header = docx.part(relationshipTarget(docx, reference(section, 'default') ?? ''));
      expect(header).toMatch(
        /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|<w:fldSimple w:instr="\s*PAGE\s*"/,
      );
      const number = styleXml(docx.part('word/styles.xml'), paragraphs(header)[0]?.style ?? '');
      expect(attribute(number, 'w:jc', 'w:val')).toBe('center');
      expect(attribute(number, 'w:sz', 'w:val')).toBe('28');
    }
  });

  test(`uses every tag of ${contract} and no other, each in one run, blocks balanced`, () => {
    const texts = paragraphs(pkg(file).part('word/document.xml'));
    const usage = tagUsage(tagsOf(texts.map((p) => p.text).join('\n')), contractOf(contract));
    expect(usage.unknown).toEqual([]);
    expect(usage.errors).toEqual([]);
    expect([...contractOf(contract).keys()].filter((path) => !usage.used.has(path))).toEqual([]);
    expect(texts.flatMap((p) => tagsOf(p.text))).toEqual(
      texts.flatMap((p) => p.runs.flatMap(tagsOf)),
    );
  });

  test('no tracked changes, no comments', () => {
    const docx = pkg(file);
    expect(docx.part('word/document.xml')).not.toMatch(
      /<w:(ins|del|moveFrom|moveTo|commentRangeStart|commentReference)\b/,
    );
    expect(docx.has('word/comments.xml')).toBe(false);
    expect(docx.part('word/settings.xml')).not.toContain('trackRevisions');
  });
});

testWithTools(['xmllint'])(
  'document, styles and headers validate against ooxml-schemas (microsoft/wml-2010.xsd)',
  () => {
    const parts = cases.flatMap(({ file }) =>
      pkg(file)
        .names.filter((name) => /^word\/(document|styles|header\d+)\.xml$/.test(name))
        .map((name) => ({ part: `${file}:${name}`, xml: pkg(file).part(name) })),
    );
    expect(parts.length).toBeGreaterThanOrEqual(cases.length * 4);
    const results = validateWordXmlParts(parts);
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    expect(results.every((r) => r.valid)).toBe(true);
  },
);

const office = officeCommand() ?? 'soffice';

testWithTools([office, 'pdftotext', 'pdfinfo'])(
  'LibreOffice opens every template: party name and document type on an A4 first page',
  () => {
    const dir = tempDir('vankien-template-pdf-');
    try {
      const pdfs = renderPdfs(
        cases.map(({ file }) => ({
          name: file,
          bytes: committedBytes.get(file) ?? new Uint8Array(),
        })),
        dir,
      );
      cases.forEach(({ documentType, sections }, index) => {
        const pdf = pdfs[index] ?? '';
        const text = pdfText(pdf).replace(/\s+/g, ' ');
        expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
        expect(text).toContain(documentType);
        const [page] = pdfPages(pdf);
        const long = Math.max(page?.width ?? 0, page?.height ?? 0);
        expect(Math.round(long)).toBe(842);
        expect((page?.width ?? 0) > (page?.height ?? 0)).toBe(sections[0] === 'landscape');
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

// ---- With the template engine (src/core/template) ----

function compiled(file: TemplateFile, contract: string) {
  const result = compileTemplate(committedBytes.get(file) ?? new Uint8Array(), {
    name: file,
    knownTags: new Set(contractOf(contract).keys()),
  });
  expect(result.problems).toEqual([]);
  if (result.template === undefined) throw new Error(`${file} did not compile`);
  return result.template;
}

/** template-data interfaces have no index signature, so they are widened here, once. */
const asData = (value: object): TemplateData => value as TemplateData;

function render(file: TemplateFile, contract: string, data: object): Uint8Array {
  const result = renderDocx(compiled(file, contract), asData(data));
  expect(result.problems).toEqual([]);
  if (result.bytes === undefined) throw new Error(`${file} did not render`);
  return result.bytes;
}

describe.each(cases)(
  'templates/$file with the template engine',
  ({ file, contract, sample, rendered }) => {
    test('compiles with no pre-flight problem and renders the sample: no tag left, no control paragraph left', () => {
      const out = unzipDocx(render(file, contract, sample));
      const document = out.part('word/document.xml');
      const texts = paragraphs(document).map((p) => p.text);
      expect(texts.join('\n')).not.toContain('{{');
      expect(paragraphs(document).filter((p) => p.style === 'VKTheDieuKhien')).toEqual([]);
      for (const value of rendered) expect(texts.join('\n')).toContain(value);
      expect(texts).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(texts).toContain('ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH');
    });
  },
);

describe('rendering choices', () => {
  test('without a superior body the header starts with the issuing body', () => {
    const data = { ...resolutionSample, header: { ...resolutionSample.header, superiorBody: '' } };
    const document = unzipDocx(render('nghi-quyet.docx', 'ResolutionData', data)).part(
      'word/document.xml',
    );
    const firstCell = paragraphs(elements(document, 'w:tc')[0] ?? '').map((p) => p.text);
    expect(firstCell).toEqual(['ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH', '*']);
  });

  test('[bang-xep-loai] the score column only when hasScores', () => {
    const headings = (data: object): string[] => {
      const document = unzipDocx(render('bang-xep-loai.docx', 'RatingTableData', data)).part(
        'word/document.xml',
      );
      const grids = elements(document, 'w:tbl').filter((t) => t.includes('Họ và tên'));
      expect(grids).toHaveLength(1);
      return elements(elements(grids[0] ?? '', 'w:tr')[0] ?? '', 'w:tc').map((c) =>
        paragraphs(c)
          .map((p) => p.text)
          .join(''),
      );
    };
    const columns = [
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Chức vụ',
      'Điểm',
      'Tự xếp loại',
      'Chi bộ đề xuất',
      'Xếp loại',
      'Ghi chú',
    ];
    expect(headings(ratingTableSample)).toEqual(columns);
    expect(headings({ ...ratingTableSample, hasScores: false })).toEqual(
      columns.filter((c) => c !== 'Điểm'),
    );
  });

  test('[bien-ban] empty optional lines leave no empty paragraph', () => {
    const data = { ...minutesSample, guestsLine: '', guests: [] };
    const texts = paragraphs(
      unzipDocx(render('bien-ban.docx', 'MinutesData', data)).part('word/document.xml'),
    ).map((p) => p.text);
    expect(texts.some((t) => t.startsWith('Đại biểu mời'))).toBe(false);
    const item = texts.indexOf('2.2. Thảo luận phương hướng năm 2026.');
    expect(texts[item + 1]).toBe('3. Kết luận của chủ trì hội nghị');
  });
});

// TEMPLATE_RENDER_DIR=<dir> keeps the rendered .docx, .pdf and page images there, to look at.
testWithTools(['xmllint', office, 'pdftotext', 'pdfinfo', 'pdftoppm'])(
  'rendered documents validate and open in LibreOffice with their sample text',
  () => {
    const keep = process.env.TEMPLATE_RENDER_DIR;
    const dir = keep === undefined ? tempDir('vankien-rendered-') : resolve(keep);
    mkdirSync(dir, { recursive: true });
    try {
      const documents = cases.map(({ file, contract, sample }) => ({
        name: file,
        bytes: render(file, contract, sample),
      }));
      const validation = validateWordXmlParts(
        documents.map((d) => ({
          part: `${d.name}:word/document.xml`,
          xml: unzipDocx(d.bytes).part('word/document.xml'),
        })),
      );
      expect(validation.flatMap((r) => r.errors)).toEqual([]);
      const pdfs = renderPdfs(documents, dir);
      cases.forEach(({ rendered }, index) => {
        const text = pdfText(pdfs[index] ?? '').replace(/\s+/g, ' ');
        for (const value of rendered) expect(text).toContain(value.replace(/\s+/g, ' '));
      });
      if (keep !== undefined) for (const pdf of pdfs) pdfToPngs(pdf, 60);
    } finally {
      if (keep === undefined) rmSync(dir, { recursive: true, force: true });
    }
  },
  180_000,
);
