// From a validated workbook to the data of one document: which conference or year, what blocks it.
import type { Finding } from '../findings';
import { codeKey } from '../model/conference';
import type { CalendarDate, Conference, WorkbookModel } from '../model/types';
import { ratingYears } from '../model/rating-stats';
import { foldKey } from '../text/normalize';
import { sheetsNeeded, type SheetKey } from '../workbook/contract';
import { buildConclusionNotice } from './conclusion-notice';
import { buildMinutes } from './minutes';
import { buildRatingReport } from './rating-report';
import { buildResolution } from './resolution';

export const documentKinds = ['nghi-quyet', 'thong-bao-ket-luan', 'bien-ban', 'bao-cao-xep-loai'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentKindInfo: Readonly<
  Record<DocumentKind, { readonly template: string; readonly title: string; readonly titleEn: string; readonly needs: readonly SheetKey[]; readonly perConference: boolean }>
> = {
  'nghi-quyet': { template: 'nghi-quyet.docx', title: 'Nghị quyết', titleEn: 'Resolution', needs: sheetsNeeded.conferenceDocuments, perConference: true },
  'thong-bao-ket-luan': { template: 'thong-bao-ket-luan.docx', title: 'Thông báo kết luận', titleEn: 'Conclusion notice', needs: sheetsNeeded.conclusionNotice, perConference: true },
  'bien-ban': { template: 'bien-ban.docx', title: 'Biên bản', titleEn: 'Minutes', needs: sheetsNeeded.conferenceDocuments, perConference: true },
  'bao-cao-xep-loai': { template: 'bao-cao-xep-loai.docx', title: 'Báo cáo kết quả xếp loại', titleEn: 'Rating report', needs: sheetsNeeded.ratings, perConference: false },
};

export function isDocumentKind(text: string): text is DocumentKind {
  return (documentKinds as readonly string[]).includes(text);
}

export interface DocumentRequest {
  readonly kind: DocumentKind;
  /** Mã hội nghị; optional when the workbook has exactly one conference. */
  readonly conference?: string;
  /** Rating year; the latest year when absent. */
  readonly year?: number;
  /** Date of a report (conference documents take their own dates). */
  readonly date?: CalendarDate;
}

/** Plain data for the template engine; the shapes are those of template-data.ts. */
export type DocumentData = object;

export type PreparedDocument =
  | {
      readonly ok: true;
      readonly kind: DocumentKind;
      readonly data: DocumentData;
      /** A base for the file name: "Nghị quyết BCH-02", "Báo cáo xếp loại 2025". */
      readonly name: string;
      /** Warnings and infos that concern this document (never blocking). */
      readonly notes: readonly Finding[];
    }
  | {
      readonly ok: false;
      readonly kind: DocumentKind;
      /** Blocking findings of this document's inputs (spec/RULES.md: errors block what depends on them). */
      readonly findings: readonly Finding[];
      /** Why nothing can be generated when it is not a finding (no such conference, no rating data). */
      readonly problem?: { readonly vi: string; readonly en: string };
    };

interface Relevance {
  readonly sheets: ReadonlySet<string>;
  /** Rows of each relevant sheet that feed the document; absent means the whole sheet. */
  readonly rows: ReadonlyMap<string, ReadonlySet<number>>;
  /** Rows that belong to other conferences or years, hence do not block this document. */
  readonly otherRows: ReadonlyMap<string, ReadonlySet<number>>;
}

function rowOf(cell: string): number | undefined {
  const match = /^[A-Z]+(\d+)/.exec(cell);
  return match === null ? undefined : Number(match[1]);
}

function addRow(map: Map<string, Set<number>>, sheet: string, row: number): void {
  const set = map.get(sheet);
  if (set === undefined) map.set(sheet, new Set([row]));
  else set.add(row);
}

function concerns(finding: Finding, relevance: Relevance, needed: ReadonlySet<string>): boolean {
  if (finding.sheet === '') return true;
  if (finding.rule === 'S1') return needed.has(foldKey(finding.sheet));
  if (!relevance.sheets.has(finding.sheet)) return false;
  const row = rowOf(finding.cell);
  if (row === undefined) return true;
  const rows = relevance.rows.get(finding.sheet);
  if (rows === undefined || rows.has(row)) return true;
  return !(relevance.otherRows.get(finding.sheet)?.has(row) ?? false);
}

function split(findings: readonly Finding[], relevance: Relevance, needs: readonly SheetKey[]): { blocking: Finding[]; notes: Finding[] } {
  const needed = new Set(needs.map((key) => foldKey(sheetNames[key])));
  const relevant = findings.filter((f) => concerns(f, relevance, needed));
  return { blocking: relevant.filter((f) => f.severity === 'error'), notes: relevant.filter((f) => f.severity !== 'error') };
}

const sheetNames: Readonly<Record<SheetKey, string>> = {
  unit: 'Đơn vị',
  conferences: 'Hội nghị',
  agendaItems: 'Nội dung',
  conclusions: 'Kết luận',
  organizations: 'Tổ chức đảng',
  members: 'Đảng viên',
};

function findConference(model: WorkbookModel, code: string | undefined): Conference | { vi: string; en: string } {
  if (code === undefined) {
    const [only, ...rest] = model.conferences;
    if (only !== undefined && rest.length === 0) return only;
    return model.conferences.length === 0
      ? { vi: 'Sổ theo dõi chưa có hội nghị nào trên trang «Hội nghị».', en: 'The workbook has no conference on the «Hội nghị» sheet.' }
      : {
          vi: `Sổ có ${model.conferences.length} hội nghị; hãy chọn một: ${model.conferences.map((c) => c.code).join(', ')}.`,
          en: `The workbook has ${model.conferences.length} conferences; choose one: ${model.conferences.map((c) => c.code).join(', ')}.`,
        };
  }
  const wanted = codeKey(code);
  const found = model.conferences.find((c) => codeKey(c.code) === wanted);
  return (
    found ?? {
      vi: `Không có hội nghị mã «${code}» trên trang «Hội nghị». Các mã có: ${model.conferences.map((c) => c.code).join(', ') || '(chưa có)'}.`,
      en: `No conference with code «${code}» on the «Hội nghị» sheet. Codes present: ${model.conferences.map((c) => c.code).join(', ') || '(none)'}.`,
    }
  );
}

const missingUnit = {
  vi: 'Thiếu trang «Đơn vị» (thông tin cơ quan ban hành): hãy tạo trang này trước khi soạn văn bản.',
  en: 'The «Đơn vị» sheet (issuing committee) is missing: create it before generating documents.',
};

/** Chooses the inputs of one document, checks that no error blocks them, and builds its data. */
export function prepareDocument(model: WorkbookModel, findings: readonly Finding[], request: DocumentRequest): PreparedDocument {
  const { kind } = request;
  const info = documentKindInfo[kind];
  const unit = model.unit;
  if (info.perConference) {
    const conference = findConference(model, request.conference);
    if (!('source' in conference)) return { ok: false, kind, findings: [], problem: conference };
    const key = codeKey(conference.code);
    const items = model.agendaItems.filter((i) => codeKey(i.conferenceCode) === key);
    const conclusions = model.conclusions.filter((c) => codeKey(c.conferenceCode) === key);
    const rows = new Map<string, Set<number>>();
    const otherRows = new Map<string, Set<number>>();
    addRow(rows, conference.source.sheet, conference.source.row);
    for (const c of model.conferences) if (c !== conference) addRow(otherRows, c.source.sheet, c.source.row);
    const usesConclusions = kind !== 'nghi-quyet';
    for (const i of model.agendaItems) addRow(codeKey(i.conferenceCode) === key ? rows : otherRows, i.source.sheet, i.source.row);
    if (usesConclusions) {
      for (const c of model.conclusions) addRow(codeKey(c.conferenceCode) === key ? rows : otherRows, c.source.sheet, c.source.row);
    }
    const sheets = new Set<string>([conference.source.sheet, ...rows.keys(), ...otherRows.keys()]);
    if (unit !== undefined) sheets.add(unit.sheet);
    const { blocking, notes } = split(findings, { sheets, rows, otherRows }, info.needs);
    if (blocking.length > 0) return { ok: false, kind, findings: blocking };
    if (unit === undefined) return { ok: false, kind, findings: [], problem: missingUnit };
    const data =
      kind === 'nghi-quyet'
        ? buildResolution(conference, items, unit)
        : kind === 'thong-bao-ket-luan'
          ? buildConclusionNotice(conference, items, conclusions, unit)
          : buildMinutes(conference, items, conclusions, unit);
    return { ok: true, kind, data, name: `${info.title} ${conference.code}`, notes };
  }
  const years = ratingYears(model.organizations, model.members);
  const year = request.year ?? years[0];
  if (year === undefined || !years.includes(year)) {
    return {
      ok: false,
      kind,
      findings: [],
      problem:
        year === undefined
          ? { vi: 'Sổ theo dõi chưa có dữ liệu xếp loại (trang «Tổ chức đảng», «Đảng viên»).', en: 'The workbook has no rating data («Tổ chức đảng», «Đảng viên» sheets).' }
          : {
              vi: `Không có dữ liệu xếp loại năm ${year}. Các năm có: ${years.join(', ')}.`,
              en: `No rating data for ${year}. Years present: ${years.join(', ')}.`,
            },
    };
  }
  const rows = new Map<string, Set<number>>();
  const otherRows = new Map<string, Set<number>>();
  for (const o of model.organizations) addRow(o.year === year ? rows : otherRows, o.source.sheet, o.source.row);
  for (const m of model.members) addRow(m.year === year ? rows : otherRows, m.source.sheet, m.source.row);
  const sheets = new Set<string>([...rows.keys(), ...otherRows.keys()]);
  if (unit !== undefined) sheets.add(unit.sheet);
  const { blocking, notes } = split(findings, { sheets, rows, otherRows }, info.needs);
  if (blocking.length > 0) return { ok: false, kind, findings: blocking };
  if (unit === undefined) return { ok: false, kind, findings: [], problem: missingUnit };
  const data = buildRatingReport({
    year,
    unit,
    organizations: model.organizations.filter((o) => o.year === year),
    members: model.members.filter((m) => m.year === year),
    previousOrganizations: model.organizations.filter((o) => o.year === year - 1),
    previousMembers: model.members.filter((m) => m.year === year - 1),
    ...(request.date === undefined ? {} : { date: request.date }),
  });
  return { ok: true, kind, data, name: `Báo cáo xếp loại ${year}`, notes };
}
