// The bulk export of a year's ratings: what goes into the zip, under which names, or what blocks it.
import { prepareDocument } from '../documents/generate';
import type { RatingReportData } from '../documents/template-data';
import type { Finding } from '../findings';
import { codeKey } from '../model/conference';
import { membersByOrganization } from '../model/rating-stats';
import type { CalendarDate, Member, Organization, Unit, WorkbookModel } from '../model/types';
import { UniqueNames, UniqueSheetNames, safeFileName } from './file-names';

export interface ExportItem {
  readonly organization: Organization;
  /**
   * Its members of the year, in workbook order (the table sorts them); for an organization with no member of
   * its own but subordinate ones (a Đảng bộ cơ sở whose members all belong to its cells), theirs.
   */
  readonly members: readonly Member[];
  /**
   * Set when `members` are those of subordinate organizations: these, in code order. Such a table lists the
   * whole Đảng bộ.
   */
  readonly subordinates?: readonly Organization[];
  /** Its members are counted in the rows of its subordinates, exported too: its summary row stays out of the totals. */
  readonly countedBelow?: boolean;
  /** The organization it reports to (`Trực thuộc`), when that is in the same year. */
  readonly parent?: Organization;
  /** Path inside the zip: "Bảng xếp loại 2025/CB01 - Chi bộ Văn phòng.docx". */
  readonly fileName: string;
  /** Its worksheet in the .xlsx (≤ 31 characters, unique). */
  readonly sheetName: string;
}

export interface ExportPlan {
  readonly year: number;
  readonly unit: Unit;
  /** By organization code: the order of the zip, of the sheets and of the summary rows. */
  readonly items: readonly ExportItem[];
  /** Organizations of the year in the workbook (items may be fewer when some were chosen). */
  readonly organizationsInYear: number;
  readonly report: { readonly fileName: string; readonly data: RatingReportData };
  readonly workbookFileName: string;
  readonly summarySheetName: string;
  readonly indexFileName: string;
  /** Warnings and infos on the year's rows (never blocking), listed in the index. */
  readonly notes: readonly Finding[];
  readonly date?: CalendarDate;
}

export interface ExportRequest {
  /** Rating year; the latest year of the workbook when absent. */
  readonly year?: number;
  /** Mã tổ chức to export (case and spaces ignored); every organization of the year when absent. */
  readonly organizations?: readonly string[];
  /** Date of the report and of the tables' date lines. */
  readonly date?: CalendarDate;
}

export type ExportPlanResult =
  | { readonly ok: true; readonly plan: ExportPlan }
  | {
      readonly ok: false;
      /** Errors on the year's rows, the unit sheet or the file (spec/RULES.md: errors block). */
      readonly findings: readonly Finding[];
      /** Why nothing can be exported when it is not a finding (no data for the year, unknown code). */
      readonly problem?: { readonly vi: string; readonly en: string };
    };

export const indexFileName = 'README.txt';
export const summarySheetName = 'Tổng hợp';

function byCode(a: Organization, b: Organization): number {
  const ka = codeKey(a.code);
  const kb = codeKey(b.code);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Chooses what a year's export holds; blocking findings of that year (or no data) stop it. */
export function planExport(
  model: WorkbookModel,
  findings: readonly Finding[],
  request: ExportRequest = {},
): ExportPlanResult {
  const report = prepareDocument(model, findings, {
    kind: 'bao-cao-xep-loai',
    ...(request.year === undefined ? {} : { year: request.year }),
    ...(request.date === undefined ? {} : { date: request.date }),
  });
  if (!report.ok) return report.problem === undefined ? { ok: false, findings: report.findings } : { ok: false, findings: report.findings, problem: report.problem };
  const data = report.data as RatingReportData;
  const year = Number(data.year);
  const unit = model.unit;
  if (unit === undefined) return { ok: false, findings: [] };
  const ofYear = model.organizations.filter((o) => o.year === year).sort(byCode);
  if (ofYear.length === 0) {
    return {
      ok: false,
      findings: [],
      problem: {
        vi: `Năm ${year} chưa có tổ chức đảng nào trên trang «Tổ chức đảng»: không có bảng xếp loại để xuất.`,
        en: `No party organization for ${year} on the «Tổ chức đảng» sheet: there is no rating table to export.`,
      },
    };
  }
  let chosen = ofYear;
  if (request.organizations !== undefined) {
    const wanted = new Set(request.organizations.map(codeKey).filter((c) => c !== ''));
    const known = new Set(ofYear.map((o) => codeKey(o.code)));
    const unknown = [...wanted].filter((c) => !known.has(c));
    if (unknown.length > 0 || wanted.size === 0) {
      const codes = ofYear.map((o) => o.code);
      const shown = codes.length > 20 ? `${codes.slice(0, 20).join(', ')}, …` : codes.join(', ');
      return {
        ok: false,
        findings: [],
        problem: {
          vi: `Không có tổ chức đảng mã ${unknown.map((c) => `«${c}»`).join(', ') || '(trống)'} trong năm ${year}. Các mã có: ${shown}.`,
          en: `No party organization with code ${unknown.map((c) => `«${c}»`).join(', ') || '(empty)'} in ${year}. Codes present: ${shown}.`,
        },
      };
    }
    chosen = ofYear.filter((o) => wanted.has(codeKey(o.code)));
  }
  const byKey = new Map(ofYear.map((o) => [codeKey(o.code), o]));
  const grouped = new Map<string, Member[]>();
  for (const [code, list] of membersByOrganization(model.members.filter((m) => m.year === year))) {
    const key = codeKey(code);
    const bucket = grouped.get(key);
    if (bucket === undefined) grouped.set(key, list);
    else bucket.push(...list);
  }
  const children = new Map<Organization, Organization[]>();
  for (const organization of ofYear) {
    const parent = organization.parentCode === undefined ? undefined : byKey.get(codeKey(organization.parentCode));
    if (parent === undefined || parent === organization) continue;
    const list = children.get(parent);
    if (list === undefined) children.set(parent, [organization]);
    else list.push(organization);
  }
  /** Every organization below, depth first in code order (ofYear is sorted); a cycle in `Trực thuộc` stops. */
  const descendants = (organization: Organization, seen = new Set<Organization>([organization])): Organization[] =>
    (children.get(organization) ?? []).flatMap((child) => {
      if (seen.has(child)) return [];
      seen.add(child);
      return [child, ...descendants(child, seen)];
    });
  const folder = `Bảng xếp loại ${year}`;
  const files = new UniqueNames();
  const sheets = new UniqueSheetNames([summarySheetName]);
  const exported = new Set(chosen);
  const items = chosen.map((organization): ExportItem => {
    const parent = organization.parentCode === undefined ? undefined : byKey.get(codeKey(organization.parentCode));
    const label = `${organization.code} - ${organization.name}`;
    const own = grouped.get(codeKey(organization.code)) ?? [];
    const below = own.length === 0 ? descendants(organization).filter((o) => (grouped.get(codeKey(o.code))?.length ?? 0) > 0) : [];
    return {
      organization,
      members: below.length === 0 ? own : below.flatMap((o) => grouped.get(codeKey(o.code)) ?? []),
      ...(below.length === 0 ? {} : { subordinates: below, countedBelow: below.every((o) => exported.has(o)) }),
      ...(parent === undefined || parent === organization ? {} : { parent }),
      fileName: `${folder}/${files.take(label, 'docx')}`,
      sheetName: sheets.take(`${organization.code} ${organization.name}`),
    };
  });
  return {
    ok: true,
    plan: {
      year,
      unit,
      items,
      organizationsInYear: ofYear.length,
      report: { fileName: safeFileName(report.name, 'docx'), data },
      workbookFileName: safeFileName(`Tổng hợp xếp loại ${year}`, 'xlsx'),
      summarySheetName,
      indexFileName,
      notes: report.notes,
      ...(request.date === undefined ? {} : { date: request.date }),
    },
  };
}
