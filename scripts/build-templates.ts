// Writes the built-in Word templates (templates/*.docx) from code: layout from domain/FORMAT.md, tags from
// src/core/documents/template-data.ts. Users may edit the .docx files in Word; rerun this to reset them.
//   npx esbuild scripts/build-templates.ts --bundle --platform=node --packages=external \
//     --outfile=dist/build-templates.cjs && node dist/build-templates.cjs [outdir]     (default: templates/)
// (An outfile outside the repository needs NODE_PATH=node_modules to find docx and fflate.)
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type IParagraphStyleOptions,
  type ISectionOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// ---- Page and type (FORMAT.md "Page"): the one place to change margins, fonts and sizes. ----

/** Front-page margins in millimetres, FORMAT.md default 20/20/30/15 [U]. */
export const PAGE_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const A4_MM = { width: 210, height: 297 } as const;
export const FONT = 'Times New Roman';
export const LANGUAGE = 'vi-VN';
/** Fixed package dates and zip times, so that rebuilding an unchanged template gives the same bytes. */
const BUILD_DATE = '2025-01-01T00:00:00Z';

/** Millimetres to twentieths of a point. */
export function twips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}
/** Points to half-points (w:sz). */
const size = (pt: number): number => pt * 2;
/** Points to twentieths of a point (w:spacing). */
const spacing = (pt: number): number => pt * 20;

const PAGE = { width: twips(A4_MM.width), height: twips(A4_MM.height) };
const MARGINS = {
  top: twips(PAGE_MARGINS_MM.top),
  bottom: twips(PAGE_MARGINS_MM.bottom),
  left: twips(PAGE_MARGINS_MM.left),
  right: twips(PAGE_MARGINS_MM.right),
};
const TEXT_WIDTH = {
  portrait: PAGE.width - MARGINS.left - MARGINS.right,
  landscape: PAGE.height - MARGINS.left - MARGINS.right,
} as const;
type Orientation = keyof typeof TEXT_WIDTH;

/** The header table reaches into the left margin so that a one-line issuing body of ~30 capitals (88.8 mm) fits. */
const HEADER_OVERHANG = twips(7);
const LEFT_BLOCK = twips(90);
/** Right block of the header and of the signature table: the party name, the date line (80.6 mm), the signer. */
const RIGHT_BLOCK = twips(82);
/** "ĐẢNG CỘNG SẢN VIỆT NAM" in Times New Roman Bold 15 pt, in twips (measured in LibreOffice with the metric-compatible Liberation Serif). */
const PARTY_NAME_WIDTH = 4130;
/** The rule under the party name is the text's width plus this slack, so that the name never wraps. */
const PARTY_NAME_RULE_SLACK = 57;
const PARTY_NAME_INDENT = Math.floor((RIGHT_BLOCK - PARTY_NAME_WIDTH - PARTY_NAME_RULE_SLACK) / 2);
const BODY_LINE_14 = 322; // one single-spaced line of 14 pt Times New Roman, in twips
const FIRST_LINE_INDENT = twips(12.7);

// ---- Styles: real Word styles, Vietnamese names, ASCII ids. ----

const STYLES = {
  superiorBody: { id: 'VKCapUyCapTren', name: 'VK Cấp ủy cấp trên' },
  issuingBody: { id: 'VKCoQuanBanHanh', name: 'VK Cơ quan ban hành' },
  asterisk: { id: 'VKDauSao', name: 'VK Dấu sao' },
  documentNumber: { id: 'VKSoKyHieu', name: 'VK Số và ký hiệu' },
  partyName: { id: 'VKTenDang', name: 'VK Tên Đảng' },
  dateLine: { id: 'VKDiaDanhNgayThang', name: 'VK Địa danh, ngày tháng' },
  documentType: { id: 'VKTieuDe', name: 'VK Tiêu đề' },
  summaryLine: { id: 'VKTrichYeu', name: 'VK Trích yếu' },
  separator: { id: 'VKGachNgang', name: 'VK Gạch ngang' },
  body: { id: 'VKNoiDung', name: 'VK Nội dung' },
  bodyItalic: { id: 'VKNoiDungNghieng', name: 'VK Nội dung nghiêng' },
  heading: { id: 'VKMuc', name: 'VK Mục' },
  subheading: { id: 'VKMucNho', name: 'VK Mục nhỏ' },
  resolves: { id: 'VKQuyetNghi', name: 'VK Quyết nghị' },
  tableTitle: { id: 'VKTenBang', name: 'VK Tên bảng' },
  countsTitle: { id: 'VKSoLieuTieuDe', name: 'VK Số liệu tiêu đề' },
  counts: { id: 'VKSoLieu', name: 'VK Số liệu' },
  tableNote: { id: 'VKChuThichBang', name: 'VK Chú thích bảng' },
  tableHead: { id: 'VKBangTieuDeCot', name: 'VK Bảng tiêu đề cột' },
  tableText: { id: 'VKBang', name: 'VK Bảng' },
  tableCenter: { id: 'VKBangGiua', name: 'VK Bảng giữa' },
  tableTotal: { id: 'VKBangTong', name: 'VK Bảng dòng tổng' },
  recipientsLabel: { id: 'VKNoiNhan', name: 'VK Nơi nhận' },
  recipient: { id: 'VKNoiNhanDong', name: 'VK Nơi nhận dòng' },
  signature: { id: 'VKChuKy', name: 'VK Chữ ký' },
  signerName: { id: 'VKChuKyHoTen', name: 'VK Chữ ký họ tên' },
  pageNumber: { id: 'VKSoTrang', name: 'VK Số trang' },
  control: { id: 'VKTheDieuKhien', name: 'VK Thẻ điều khiển' },
} as const;
type StyleKey = keyof typeof STYLES;

const centered = { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } } as const;

function style(
  key: StyleKey,
  options: Omit<IParagraphStyleOptions, 'id' | 'name'>,
): IParagraphStyleOptions {
  return { ...STYLES[key], basedOn: 'Normal', next: STYLES.body.id, quickFormat: true, ...options };
}

const paragraphStyles: IParagraphStyleOptions[] = [
  style('superiorBody', { paragraph: centered, run: { size: size(14) } }),
  style('issuingBody', { paragraph: centered, run: { size: size(14), bold: true } }),
  style('asterisk', { paragraph: centered, run: { size: size(14) } }),
  style('documentNumber', { paragraph: centered, run: { size: size(14) } }),
  style('partyName', {
    paragraph: {
      ...centered,
      // FORMAT.md box 1: a solid line as long as the text — a bottom border between indents sized to the text.
      indent: { left: PARTY_NAME_INDENT, right: PARTY_NAME_INDENT },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, space: 1, color: 'auto' } },
    },
    run: { size: size(15), bold: true },
  }),
  style('dateLine', { paragraph: centered, run: { size: size(14), italics: true } }),
  style('documentType', {
    paragraph: { ...centered, spacing: { before: spacing(24), after: 0 }, keepNext: true },
    run: { size: size(16), bold: true },
  }),
  style('summaryLine', {
    paragraph: { ...centered, keepNext: true },
    run: { size: size(14), bold: true },
  }),
  style('separator', {
    paragraph: { ...centered, spacing: { before: 0, after: spacing(12) } },
    run: { size: size(14) },
  }),
  style('body', {
    next: STYLES.body.id,
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: FIRST_LINE_INDENT },
      spacing: { before: 0, after: spacing(6), line: 288, lineRule: 'auto' },
    },
    run: { size: size(14) },
  }),
  style('bodyItalic', { basedOn: STYLES.body.id, run: { italics: true } }),
  style('heading', {
    basedOn: STYLES.body.id,
    paragraph: { keepNext: true, spacing: { before: spacing(6) } },
    run: { bold: true },
  }),
  style('subheading', {
    basedOn: STYLES.body.id,
    paragraph: { keepNext: true },
    run: { bold: true },
  }),
  style('resolves', {
    paragraph: {
      alignment: AlignmentType.CENTER,
      spacing: { before: spacing(6), after: spacing(6) },
      keepNext: true,
    },
    run: { size: size(14), bold: true },
  }),
  style('tableTitle', {
    paragraph: { ...centered, spacing: { before: spacing(12), after: 0 }, keepNext: true },
    run: { size: size(14), bold: true },
  }),
  // Counts beside the signature under a rating table: body text without the first-line indent.
  style('counts', {
    next: STYLES.counts.id,
    paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 0, after: spacing(3) } },
    run: { size: size(14) },
  }),
  style('countsTitle', {
    basedOn: STYLES.counts.id,
    next: STYLES.counts.id,
    paragraph: { keepNext: true, spacing: { before: spacing(12) } },
    run: { bold: true },
  }),
  style('tableNote', {
    paragraph: { ...centered, spacing: { before: 0, after: spacing(12) }, keepNext: true },
    run: { size: size(14), italics: true },
  }),
  style('tableText', {
    next: STYLES.tableText.id,
    paragraph: {
      alignment: AlignmentType.LEFT,
      spacing: { before: spacing(2), after: spacing(2), line: 240, lineRule: 'auto' },
    },
    run: { size: size(13) },
  }),
  style('tableCenter', {
    basedOn: STYLES.tableText.id,
    next: STYLES.tableCenter.id,
    paragraph: { alignment: AlignmentType.CENTER },
  }),
  style('tableHead', {
    basedOn: STYLES.tableText.id,
    next: STYLES.tableText.id,
    paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
    run: { bold: true },
  }),
  style('tableTotal', {
    basedOn: STYLES.tableText.id,
    paragraph: { alignment: AlignmentType.CENTER },
    run: { bold: true },
  }),
  // FORMAT.md "Recipients": "Nơi nhận:" 14 underlined [U: some offices use 12 bold italic — change it here].
  style('recipientsLabel', {
    next: STYLES.recipient.id,
    paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0 } },
    run: { size: size(14), underline: {} },
  }),
  style('recipient', {
    next: STYLES.recipient.id,
    paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0 } },
    run: { size: size(12) },
  }),
  style('signature', {
    next: STYLES.signature.id,
    paragraph: centered,
    run: { size: size(14), bold: true },
  }),
  // 4 blank lines for the signature and seal (FORMAT.md "Signature block").
  style('signerName', {
    paragraph: { ...centered, spacing: { before: 4 * BODY_LINE_14, after: 0 } },
    run: { size: size(14), bold: true },
  }),
  style('pageNumber', { paragraph: centered, run: { size: size(14) } }),
  // Loop and condition tags stand alone in these paragraphs; the engine removes them (DESIGN.md "The template engine").
  style('control', {
    next: STYLES.body.id,
    paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0 } },
    run: { size: size(10), color: '7F7F7F' },
  }),
];

const fontAll = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
const headingStyle = { run: { size: size(14), bold: true, color: '000000' } };

const styles = {
  default: {
    document: {
      run: { font: fontAll, size: size(14), language: { value: LANGUAGE, eastAsia: LANGUAGE } },
      paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' as const } },
    },
    heading1: headingStyle,
    heading2: headingStyle,
    heading3: headingStyle,
  },
  paragraphStyles,
};

// ---- Building blocks ----

type Block = Paragraph | Table;

function para(key: StyleKey, text = ''): Paragraph {
  // Each paragraph is one run, so no tag is ever split across runs.
  return new Paragraph({ style: STYLES[key].id, children: text === '' ? [] : [new TextRun(text)] });
}

/** The last body paragraph: kept on the page of the signature, which never stands alone. */
function lastPara(key: StyleKey, text: string): Paragraph {
  return new Paragraph({ style: STYLES[key].id, keepNext: true, children: [new TextRun(text)] });
}

function block<T extends Block>(
  open: string,
  close: string,
  body: readonly T[],
): (T | Paragraph)[] {
  return [para('control', open), ...body, para('control', close)];
}
/** `{{#name}}` … `{{/name}}`: repeats the body for each item of a list. */
const each = <T extends Block>(name: string, body: readonly T[]) =>
  block(`{{#${name}}}`, `{{/${name}}}`, body);
/** `{{#if name}}` … `{{/if}}`: keeps the body when the value is not empty. */
const when = <T extends Block>(name: string, body: readonly T[]) =>
  block(`{{#if ${name}}}`, '{{/if}}', body);
/** `{{^name}}` … `{{/name}}`: keeps the body when the value is empty or false. */
const unless = <T extends Block>(name: string, body: readonly T[]) =>
  block(`{{^${name}}}`, `{{/${name}}}`, body);
/** The body paragraph of each item of a list of `Line`s. */
const lines = (name: string, key: StyleKey = 'body') => each(name, [para(key, '{{text}}')]);

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const SOLID = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID_BORDERS = {
  top: SOLID,
  bottom: SOLID,
  left: SOLID,
  right: SOLID,
  insideHorizontal: SOLID,
  insideVertical: SOLID,
};

interface Blocks {
  readonly left: readonly Block[];
  readonly right: readonly Block[];
}

/** Widths of the left block, the right block and, on a landscape page when `gap`, an empty column between them. */
function blockColumns(textWidth: number, overhang: number, gap: boolean): number[] {
  const available = textWidth + overhang - RIGHT_BLOCK;
  const left = gap && available > LEFT_BLOCK + twips(10) ? LEFT_BLOCK : available;
  return available > left ? [left, available - left, RIGHT_BLOCK] : [left, RIGHT_BLOCK];
}

/** A borderless layout table of left and right blocks: the header block, the recipients and signature block. */
function layoutTable(
  orientation: Orientation,
  rows: readonly Blocks[],
  options: { overhang: number; top: number; gap: boolean },
): Table {
  const widths = blockColumns(TEXT_WIDTH[orientation], options.overhang, options.gap);
  const cells = (row: Blocks): (readonly Block[])[] =>
    widths.length === 3 ? [row.left, [], row.right] : [row.left, row.right];
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    indent: { size: -options.overhang, type: WidthType.DXA },
    borders: NO_BORDERS,
    margins: { marginUnitType: WidthType.DXA, top: options.top, bottom: 0, left: 0, right: 0 },
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: cells(row).map(
            (children, index) =>
              new TableCell({
                width: { size: widths[index] ?? 0, type: WidthType.DXA },
                children: children.length > 0 ? [...children] : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}

/** FORMAT.md "Header block", boxes 1–4; the number and the date share the second row, so they always line up. */
function headerBlock(orientation: Orientation): Table {
  const bodies = {
    left: [
      ...when('header.superiorBody', [para('superiorBody', '{{header.superiorBody}}')]),
      para('issuingBody', '{{header.issuingBody}}'),
      para('asterisk', '*'),
    ],
    right: [para('partyName', 'ĐẢNG CỘNG SẢN VIỆT NAM')],
  };
  const numberAndDate = {
    left: [para('documentNumber', '{{header.documentNumber}}')],
    right: [para('dateLine', '{{header.dateLine}}')],
  };
  return layoutTable(orientation, [bodies, numberAndDate], {
    overhang: HEADER_OVERHANG,
    top: 0,
    gap: true,
  });
}

/** FORMAT.md "Title": document type, summary line, short separator. */
function titleBlock(documentType: string, summary = '{{summaryLine}}'): Paragraph[] {
  return [
    para('documentType', documentType),
    para('summaryLine', summary),
    para('separator', '-----'),
  ];
}

function signatureBlock(prefix: string, withAuthority: boolean): Block[] {
  return [
    ...(withAuthority
      ? when(`${prefix}.authority`, [para('signature', `{{${prefix}.authority}}`)])
      : []),
    para('signature', `{{${prefix}.title}}`),
    para('signerName', `{{${prefix}.name}}`),
  ];
}

function recipientsBlock(): Block[] {
  return [para('recipientsLabel', 'Nơi nhận:'), ...lines('recipients', 'recipient')];
}

/** FORMAT.md "Signature block" and "Recipients": a borderless table at the end. */
function closingTable(
  orientation: Orientation,
  left: readonly Block[],
  right: readonly Block[],
  top = spacing(12),
): Table {
  return layoutTable(orientation, [{ left, right }], { overhang: 0, top, gap: false });
}

/** "- Hoàn thành tốt nhiệm vụ: 8 tổ chức, chiếm 66,67%; tăng 2 so với năm 2024." */
function levelLines(name: string, unit: string, key: StyleKey = 'body'): Block[] {
  const start = `- {{level}}: {{count}} ${unit}, chiếm {{percent}}`;
  return each(name, [
    ...when('comparison', [para(key, `${start}; {{comparison}}.`)]),
    ...unless('comparison', [para(key, `${start}.`)]),
  ]);
}

// ---- Grid tables ----

interface Column {
  readonly title: string;
  readonly tag: string;
  /** Millimetres; the last column takes what is left of the text width. */
  readonly width: number;
  readonly key: StyleKey;
}

function cell(
  key: StyleKey,
  text: string,
  width: number,
  extra: { columnSpan?: number; rowSpan?: number } = {},
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    ...extra,
    children: [para(key, text)],
  });
}

/** Column widths in twips from millimetres; the last column takes what is left of the text width. */
function columnWidths(millimetres: readonly number[], textWidth: number): number[] {
  const widths = millimetres.map(twips);
  const rest = textWidth - widths.slice(0, -1).reduce((sum, width) => sum + width, 0);
  return [...widths.slice(0, -1), rest];
}

function gridTable(widths: readonly number[], rows: readonly TableRow[]): Table {
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    margins: { marginUnitType: WidthType.DXA, top: 0, bottom: 0, left: 57, right: 57 },
    rows: [...rows],
  });
}

/** Heading row (repeated on every page) and one data row repeated per item of `list`. */
function listTable(columns: readonly Column[], list: string, textWidth: number): Table {
  const widths = columnWidths(
    columns.map((column) => column.width),
    textWidth,
  );
  const width = (index: number): number => widths[index] ?? 0;
  const last = columns.length - 1;
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, index) => cell('tableHead', column.title, width(index))),
  });
  const item = new TableRow({
    cantSplit: true,
    children: columns.map((column, index) => {
      const open = index === 0 ? `{{#${list}}}` : '';
      const close = index === last ? `{{/${list}}}` : '';
      return cell(column.key, `${open}${column.tag}${close}`, width(index));
    }),
  });
  return gridTable(widths, [head, item]);
}

// ---- Sections ----

const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        style: STYLES.pageNumber.id,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });

/** FORMAT.md "Page": A4, margins, page numbers from page 2 (different first page, empty first header). */
function pageSection(
  orientation: Orientation,
  children: readonly FileChild[],
  first: boolean,
): ISectionOptions {
  return {
    properties: {
      titlePage: first,
      page: {
        size: {
          width: PAGE.width,
          height: PAGE.height,
          orientation:
            orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { ...MARGINS, header: twips(10), footer: twips(10) },
      },
    },
    headers: first
      ? { default: pageNumberHeader(), first: new Header({ children: [para('pageNumber')] }) }
      : { default: pageNumberHeader() },
    children: [...children],
  };
}

function document(title: string, sections: readonly ISectionOptions[]): Document {
  return new Document({
    title,
    subject: title,
    creator: 'Văn kiện',
    lastModifiedBy: 'Văn kiện',
    styles,
    theme: { fonts: { headings: FONT, body: FONT } },
    sections: [...sections],
  });
}

// ---- The templates (FORMAT.md "Conference-specific skeletons") ----

/** nghi-quyet.docx — ResolutionData */
function resolution(): Document {
  return document('Nghị quyết hội nghị', [
    pageSection(
      'portrait',
      [
        headerBlock('portrait'),
        ...titleBlock('NGHỊ QUYẾT'),
        ...lines('basis'),
        para('body', '{{opening}}'),
        ...lines('heard'),
        para('resolves', 'QUYẾT NGHỊ:'),
        ...each('decisions', [para('body', '{{number}} {{text}}')]),
        lastPara('body', '{{implementation}}'),
        closingTable('portrait', recipientsBlock(), signatureBlock('signature', true)),
      ],
      true,
    ),
  ]);
}

/** thong-bao-ket-luan.docx — ConclusionNoticeData */
function conclusionNotice(): Document {
  return document('Thông báo kết luận', [
    pageSection(
      'portrait',
      [
        headerBlock('portrait'),
        ...titleBlock('THÔNG BÁO'),
        para('body', '{{intro}}'),
        para('body', '{{lead}}'),
        ...each('conclusions', [
          para('body', '{{number}} {{text}}'),
          ...when('assignment', [para('bodyItalic', '{{assignment}}')]),
        ]),
        lastPara('body', '{{closing}}'),
        closingTable('portrait', recipientsBlock(), signatureBlock('signature', true)),
      ],
      true,
    ),
  ]);
}

/** bien-ban.docx — MinutesData (HD 16-HD/VPTW; REGULATIONS.md §2) */
function minutes(): Document {
  return document('Biên bản hội nghị', [
    pageSection(
      'portrait',
      [
        headerBlock('portrait'),
        ...titleBlock('BIÊN BẢN'),
        para('body', '{{time}}'),
        para('body', '{{venue}}'),
        para('body', '{{content}}'),
        para('body', '{{chairs}}'),
        para('body', '{{minuteTaker}}'),
        para('heading', '1. Thành phần hội nghị'),
        para('body', '{{presentLine}}'),
        para('body', '{{absentLine}}'),
        ...lines('absentees'),
        ...when('guestsLine', [para('body', '{{guestsLine}}'), ...lines('guests')]),
        para('heading', '2. Diễn biến hội nghị'),
        ...each('items', [
          para('subheading', '{{number}} {{content}}'),
          ...when('presenter', [para('body', '{{presenter}}')]),
          ...when('vote', [para('body', '{{vote}}')]),
          ...when('decision', [para('body', '{{decision}}')]),
        ]),
        para('heading', '3. Kết luận của chủ trì hội nghị'),
        ...lines('conclusions'),
        lastPara('body', '{{closingTime}}'),
        closingTable(
          'portrait',
          signatureBlock('minuteTakerSignature', false),
          signatureBlock('chairSignature', false),
        ),
      ],
      true,
    ),
  ]);
}

/** bao-cao-xep-loai.docx — RatingReportData; the summary table is a landscape appendix. */
function ratingReport(): Document {
  const textWidth = TEXT_WIDTH.landscape;
  const widths = columnWidths([12, 80, 22, 22, 22, 22, 22, 22, 0], textWidth);
  const w = (index: number): number => widths[index] ?? 0;
  const levels = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'Không xếp loại'];
  const headTop = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell('tableHead', 'STT', w(0), { rowSpan: 2 }),
      cell('tableHead', 'Tổ chức đảng', w(1), { rowSpan: 2 }),
      cell('tableHead', 'Số đảng viên', w(2), { rowSpan: 2 }),
      cell('tableHead', 'Kết quả xếp loại đảng viên', w(3) + w(4) + w(5) + w(6) + w(7), {
        columnSpan: 5,
      }),
      cell('tableHead', 'Xếp loại tổ chức', w(8), { rowSpan: 2 }),
    ],
  });
  const headLevels = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: levels.map((level, index) => cell('tableHead', level, w(index + 3))),
  });
  const fields = ['excellent', 'good', 'complete', 'incomplete', 'notRated'];
  const item = new TableRow({
    cantSplit: true,
    children: [
      cell('tableCenter', '{{#organizations}}{{number}}', w(0)),
      cell('tableText', '{{name}}', w(1)),
      cell('tableCenter', '{{members}}', w(2)),
      ...fields.map((field, index) => cell('tableCenter', `{{${field}}}`, w(index + 3))),
      cell('tableCenter', '{{rating}}{{/organizations}}', w(8)),
    ],
  });
  const totals = new TableRow({
    cantSplit: true,
    children: [
      cell('tableTotal', 'Tổng cộng', w(0) + w(1), { columnSpan: 2 }),
      cell('tableTotal', '{{totals.members}}', w(2)),
      ...fields.map((field, index) => cell('tableTotal', `{{totals.${field}}}`, w(index + 3))),
      cell('tableTotal', '', w(8)),
    ],
  });
  return document(
    'Báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên',
    [
      pageSection(
        'portrait',
        [
          headerBlock('portrait'),
          ...titleBlock('BÁO CÁO'),
          para('heading', 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
          ...lines('leadership'),
          para('heading', 'II. KẾT QUẢ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG'),
          para('subheading', '1. Đối với tổ chức đảng'),
          para('body', '{{organizationsIntro}}'),
          ...levelLines('organizationLevels', 'tổ chức'),
          para('bodyItalic', '(Kết quả của từng tổ chức đảng tại Phụ lục kèm theo.)'),
          para('subheading', '2. Đối với đảng viên'),
          para('body', '{{membersIntro}}'),
          ...levelLines('memberLevels', 'đồng chí'),
          ...when('notRatedLine', [para('body', '{{notRatedLine}}')]),
          ...lines('targets'),
          para('heading', 'III. ĐÁNH GIÁ CHUNG'),
          ...lines('assessment'),
          para('heading', 'IV. ĐỀ XUẤT, KIẾN NGHỊ'),
          ...lines('proposals'),
          closingTable('portrait', recipientsBlock(), signatureBlock('signature', true)),
        ],
        true,
      ),
      pageSection(
        'landscape',
        [
          para('tableTitle', 'PHỤ LỤC'),
          para('tableTitle', 'KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC ĐẢNG, ĐẢNG VIÊN NĂM {{year}}'),
          para(
            'tableNote',
            '(Kèm theo Báo cáo kết quả kiểm điểm, đánh giá, xếp loại năm {{year}})',
          ),
          gridTable(widths, [headTop, headLevels, item, totals]),
        ],
        false,
      ),
    ],
  );
}

/** bang-xep-loai.docx — RatingTableData (FORMAT.md "The yearly rating table"), A4 landscape. */
function ratingTable(): Document {
  const textWidth = TEXT_WIDTH.landscape;
  const columns = (withScores: boolean): Column[] => [
    { title: 'STT', tag: '{{number}}', width: 12, key: 'tableCenter' },
    { title: 'Họ và tên', tag: '{{name}}', width: 52, key: 'tableText' },
    { title: 'Ngày sinh', tag: '{{birthDate}}', width: 24, key: 'tableCenter' },
    { title: 'Chức vụ', tag: '{{position}}', width: withScores ? 44 : 50, key: 'tableText' },
    ...(withScores
      ? [{ title: 'Điểm', tag: '{{score}}', width: 16, key: 'tableCenter' } as const]
      : []),
    {
      title: 'Tự xếp loại',
      tag: '{{selfRating}}',
      width: withScores ? 24 : 27,
      key: 'tableCenter',
    },
    {
      title: 'Chi bộ đề xuất',
      tag: '{{proposedRating}}',
      width: withScores ? 24 : 27,
      key: 'tableCenter',
    },
    { title: 'Xếp loại', tag: '{{finalRating}}', width: withScores ? 24 : 27, key: 'tableCenter' },
    { title: 'Ghi chú', tag: '{{note}}', width: 0, key: 'tableText' },
  ];
  return document('Bảng tổng hợp kết quả đánh giá, xếp loại chất lượng đảng viên', [
    pageSection(
      'landscape',
      [
        headerBlock('landscape'),
        para('tableTitle', '{{title}}'),
        para('summaryLine', '{{organizationName}}'),
        para('separator', '-----'),
        ...when('hasScores', [listTable(columns(true), 'rows', textWidth)]),
        ...unless('hasScores', [listTable(columns(false), 'rows', textWidth)]),
        // A paragraph between the two tables, or Word and LibreOffice join them into one.
        para('countsTitle', 'Kết quả xếp loại năm {{year}}:'),
        // The counts sit beside the signature, so that the signature never starts a page alone.
        closingTable(
          'landscape',
          [
            ...levelLines('levels', 'đồng chí', 'counts'),
            ...when('notRatedLine', [para('counts', '{{notRatedLine}}')]),
          ],
          signatureBlock('signature', true),
          spacing(3),
        ),
      ],
      true,
    ),
  ]);
}

export const TEMPLATES = {
  'nghi-quyet.docx': resolution,
  'thong-bao-ket-luan.docx': conclusionNotice,
  'bien-ban.docx': minutes,
  'bao-cao-xep-loai.docx': ratingReport,
  'bang-xep-loai.docx': ratingTable,
} as const;
export type TemplateFile = keyof typeof TEMPLATES;

// ---- Packaging ----

/** Adds dc:language (docx has no option for it), fixes the dates, puts [Content_Types].xml first. */
function finishPackage(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const core = parts['docProps/core.xml'];
  if (core === undefined) throw new Error('docx wrote no docProps/core.xml');
  parts['docProps/core.xml'] = strToU8(
    strFromU8(core)
      .replace(/(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*/gu, `$1${BUILD_DATE}`)
      .replace(
        '</cp:coreProperties>',
        `<dc:language>${LANGUAGE}</dc:language></cp:coreProperties>`,
      ),
  );
  const mtime = new Date(BUILD_DATE);
  const ordered: Zippable = {};
  const names = Object.keys(parts).sort(
    (a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'),
  );
  for (const name of names) {
    const data = parts[name];
    if (data !== undefined) ordered[name] = [data, { mtime, level: 9 }];
  }
  return zipSync(ordered);
}

export async function buildTemplate(file: TemplateFile): Promise<Uint8Array> {
  const packed = await Packer.toBuffer(TEMPLATES[file]());
  return finishPackage(new Uint8Array(packed));
}

export async function buildTemplates(): Promise<Map<TemplateFile, Uint8Array>> {
  const built = new Map<TemplateFile, Uint8Array>();
  for (const file of Object.keys(TEMPLATES) as TemplateFile[])
    built.set(file, await buildTemplate(file));
  return built;
}

export async function writeTemplates(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const [file, bytes] of await buildTemplates()) {
    const path = join(outDir, file);
    writeFileSync(path, bytes);
    written.push(path);
  }
  return written;
}

if (require.main === module) {
  writeTemplates(process.argv[2] ?? 'templates').then(
    (paths) => console.log(paths.join('\n')),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
