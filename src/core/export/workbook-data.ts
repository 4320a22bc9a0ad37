// What the export's .xlsx shows (FORMAT.md "The yearly rating table": one sheet per organization plus a
// summary sheet), as typed values: the writer in src/xlsx lays it out; numbers stay numbers.
import { upper } from '../documents/common';
import { levelCodes, levelLines, levelNames, notRatedLine } from '../documents/rating-report';
import type { RatingTableData, SignatureData } from '../documents/template-data';
import type { LevelCounts, MemberStats } from '../model/rating-stats';
import { notRatedReasons, ratingLevels, type NotRatedReason, type RatingLevel, type Unit } from '../model/types';
import type { ExportItem } from './plan';
import { notRatedLabels, tableRow, tableTitle, type MemberRow, type OrganizationRatings } from './rating-table';

export interface OrganizationSheet {
  readonly sheetName: string;
  /** Upper case, above the title: the issuing body (or the parent organization) and the organization. */
  readonly superiorBody: string;
  readonly organizationBody: string;
  readonly title: string;
  readonly organizationName: string;
  readonly code: string;
  readonly year: number;
  readonly hasScores: boolean;
  readonly rows: readonly MemberRow[];
  /** Count per level and its share of the rated members (0–1). */
  readonly levels: readonly { readonly level: RatingLevel; readonly label: string; readonly count: number; readonly share: number }[];
  readonly rated: number;
  readonly notRated: readonly { readonly reason: NotRatedReason; readonly label: string; readonly count: number }[];
  readonly signature: SignatureData;
}

export interface SummaryRow {
  readonly number: number;
  readonly code: string;
  readonly name: string;
  readonly sheetName: string;
  readonly members: number;
  readonly rated: number;
  readonly levels: LevelCounts;
  readonly notRated: number;
  /** The organization's own final rating, as a code ("HTTNV"), '' when not yet rated. */
  readonly rating: string;
  /** Counts of subordinate organizations' members, which have their own rows: shown, not added into the totals. */
  readonly countedBelow: boolean;
}

export interface TargetRow {
  readonly label: string;
  /** 0–1 */
  readonly target: number;
  readonly achieved: number;
  readonly met: boolean;
}

export interface RatingsSummary {
  readonly sheetName: string;
  readonly issuingBody: string;
  readonly title: string;
  readonly year: number;
  readonly rows: readonly SummaryRow[];
  readonly totals: { readonly members: number; readonly rated: number; readonly levels: LevelCounts; readonly notRated: number };
  /** Organizations' own ratings among the rows. */
  readonly organizationLevels: LevelCounts;
  readonly organizationsRated: number;
  readonly targets: readonly TargetRow[];
}

/** Where the export's .xlsx goes: one sheet at a time in plan order, then the summary (src/xlsx implements it). */
export interface RatingsWorkbookSink {
  addOrganization(sheet: OrganizationSheet): void | Promise<void>;
  /** The finished .xlsx. */
  finish(summary: RatingsSummary): Uint8Array | Promise<Uint8Array>;
}

/**
 * The table's data from the organization's sheet (both show the same members, in the same order): a
 * thread handed the sheet can build both files. Equal to `tableDataOf` for the same organization.
 */
export function tableDataOfSheet(sheet: OrganizationSheet, dateLine: string): RatingTableData {
  const levels = { excellent: 0, good: 0, complete: 0, incomplete: 0 };
  for (const l of sheet.levels) levels[l.level] = l.count;
  const byReason = { exempt: 0, suspended: 0, newlyAdmitted: 0 };
  for (const r of sheet.notRated) byReason[r.reason] = r.count;
  const notRated = sheet.notRated.reduce((sum, r) => sum + r.count, 0);
  const stats: MemberStats = { total: sheet.rows.length, rated: sheet.rated, pending: 0, notRated, notRatedByReason: byReason, levels };
  return {
    header: { superiorBody: sheet.superiorBody, issuingBody: sheet.organizationBody, documentNumber: '', dateLine },
    year: String(sheet.year),
    title: sheet.title,
    organizationName: sheet.organizationName,
    hasScores: sheet.hasScores,
    rows: sheet.rows.map(tableRow),
    levels: levelLines(levels, sheet.rated, undefined, sheet.year - 1),
    notRatedLine: notRatedLine(stats),
    signature: sheet.signature,
  };
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

export function organizationSheet(item: ExportItem, ratings: OrganizationRatings, unit: Unit): OrganizationSheet {
  const { stats } = ratings;
  return {
    sheetName: item.sheetName,
    superiorBody: item.parent === undefined ? upper(unit.issuingBody ?? '') : upper(item.parent.name),
    organizationBody: upper(item.organization.name),
    title: tableTitle(ratings.year),
    organizationName: item.organization.name,
    code: item.organization.code,
    year: ratings.year,
    hasScores: ratings.hasScores,
    rows: ratings.rows,
    levels: ratingLevels.map((level) => ({ level, label: levelNames[level], count: stats.levels[level], share: share(stats.levels[level], stats.rated) })),
    rated: stats.rated,
    notRated: notRatedReasons.map((reason) => ({ reason, label: notRatedLabels[reason], count: stats.notRatedByReason[reason] })),
    signature: ratings.signature,
  };
}

function addLevels(into: Record<RatingLevel, number>, from: LevelCounts): void {
  for (const level of ratingLevels) into[level] += from[level];
}

/** Collects one row per organization as the export goes, then the totals and the targets of `Đơn vị`. */
export class SummaryBuilder {
  private readonly rows: SummaryRow[] = [];
  private readonly memberLevels: Record<RatingLevel, number> = { excellent: 0, good: 0, complete: 0, incomplete: 0 };
  private readonly organizationLevels: Record<RatingLevel, number> = { excellent: 0, good: 0, complete: 0, incomplete: 0 };
  private members = 0;
  private rated = 0;
  private notRated = 0;

  add(item: ExportItem, ratings: OrganizationRatings): void {
    const { stats, organization } = ratings;
    this.rows.push({
      number: this.rows.length + 1,
      code: organization.code,
      name: organization.name,
      sheetName: item.sheetName,
      members: stats.total,
      rated: stats.rated,
      levels: stats.levels,
      notRated: stats.notRated,
      rating: organization.finalRating === undefined ? '' : levelCodes[organization.finalRating],
      countedBelow: item.countedBelow === true,
    });
    if (organization.finalRating !== undefined) this.organizationLevels[organization.finalRating]++;
    if (item.countedBelow === true) return;
    addLevels(this.memberLevels, stats.levels);
    this.members += stats.total;
    this.rated += stats.rated;
    this.notRated += stats.notRated;
  }

  result(unit: Unit, year: number, sheetName: string): RatingsSummary {
    const m = this.memberLevels;
    const o = this.organizationLevels;
    const organizationsRated = ratingLevels.reduce((sum, level) => sum + o[level], 0);
    const candidates: [string, number | undefined, number][] = [
      ['Đảng viên hoàn thành tốt nhiệm vụ trở lên', unit.targets.membersGoodOrAbove, share(m.excellent + m.good, this.rated)],
      ['Đảng viên hoàn thành xuất sắc nhiệm vụ', unit.targets.membersExcellent, share(m.excellent, this.rated)],
      ['Tổ chức đảng hoàn thành tốt nhiệm vụ trở lên', unit.targets.organizationsGoodOrAbove, share(o.excellent + o.good, organizationsRated)],
    ];
    const targets = candidates.flatMap(([label, target, achieved]) =>
      target === undefined ? [] : [{ label, target, achieved, met: achieved + 1e-12 >= target }],
    );
    return {
      sheetName,
      issuingBody: upper(unit.issuingBody ?? ''),
      title: `TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC ĐẢNG, ĐẢNG VIÊN NĂM ${year}`,
      year,
      rows: this.rows,
      totals: { members: this.members, rated: this.rated, levels: { ...m }, notRated: this.notRated },
      organizationLevels: { ...o },
      organizationsRated,
      targets,
    };
  }
}
