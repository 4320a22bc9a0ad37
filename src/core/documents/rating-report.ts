// Báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm <year> (FORMAT.md).
import { codeKey } from '../model/conference';
import {
  memberStats,
  membersByOrganization,
  organizationStats,
  type LevelCounts,
  type MemberStats,
} from '../model/rating-stats';
import { ratingLevels, type CalendarDate, type Member, type Organization, type RatingLevel, type Unit } from '../model/types';
import { formatInteger, formatPercent, formatRatio, percentOf } from '../text/format';
import { committeeShortName, documentNumber, headerData, recipientLines, signatureFor } from './common';
import type { LevelCount, RatingReportData } from './template-data';

export const levelNames: Readonly<Record<RatingLevel, string>> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  complete: 'Hoàn thành nhiệm vụ',
  incomplete: 'Không hoàn thành nhiệm vụ',
};

export const levelCodes: Readonly<Record<RatingLevel, string>> = {
  excellent: 'HTXSNV',
  good: 'HTTNV',
  complete: 'HTNV',
  incomplete: 'KHTNV',
};

/** The regulation and guidance of a rating year (REGULATIONS.md §1.1). */
export function regulationsOf(year: number): { regulation: string; guidance: string } {
  if (year <= 2022) {
    return {
      regulation: 'Quy định số 132-QĐ/TW ngày 08/3/2018 của Bộ Chính trị',
      guidance: 'Hướng dẫn số 21-HD/BTCTW ngày 21/10/2019 của Ban Tổ chức Trung ương',
    };
  }
  if (year <= 2024) {
    return {
      regulation: 'Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị',
      guidance: 'Hướng dẫn số 25-HD/BTCTW ngày 10/11/2023 của Ban Tổ chức Trung ương',
    };
  }
  return {
    regulation: 'Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị',
    guidance: 'Hướng dẫn số 43-HD/BTCTW ngày 31/10/2025 của Ban Tổ chức Trung ương',
  };
}

function comparison(current: number, previous: number | undefined, previousYear: number): string {
  if (previous === undefined) return '';
  const delta = current - previous;
  if (delta === 0) return `bằng năm ${previousYear}`;
  return `${delta > 0 ? 'tăng' : 'giảm'} ${formatInteger(Math.abs(delta))} so với năm ${previousYear}`;
}

export function levelLines(levels: LevelCounts, base: number, previous: LevelCounts | undefined, previousYear: number): LevelCount[] {
  return ratingLevels.map((level) => ({
    level: levelNames[level],
    count: formatInteger(levels[level]),
    percent: percentOf(levels[level], base),
    comparison: comparison(levels[level], previous?.[level], previousYear),
  }));
}

/** "Không xếp loại: 8 đồng chí (miễn sinh hoạt 3; mới kết nạp 5)." */
export function notRatedLine(stats: MemberStats): string {
  if (stats.notRated === 0) return '';
  const parts = [
    ['miễn công tác và sinh hoạt đảng', stats.notRatedByReason.exempt],
    ['đình chỉ sinh hoạt đảng', stats.notRatedByReason.suspended],
    ['mới kết nạp chưa đủ 6 tháng', stats.notRatedByReason.newlyAdmitted],
  ] as const;
  const detail = parts.filter(([, n]) => n > 0).map(([label, n]) => `${label}: ${formatInteger(n)}`).join('; ');
  return `Không đánh giá, xếp loại: ${formatInteger(stats.notRated)} đồng chí (${detail}).`;
}

function targetLine(label: string, target: number | undefined, achieved: number, base: number): string | undefined {
  if (target === undefined) return undefined;
  const share = base === 0 ? 0 : achieved / base;
  const met = share + 1e-12 >= target;
  return `- Tỷ lệ ${label}: ${percentOf(achieved, base)} (chỉ tiêu ${formatPercent(target)}), ${met ? 'đạt' : 'không đạt'} chỉ tiêu`;
}

/**
 * One row per top organization of the year (grassroots organizations, and any without a known parent),
 * its members counted with those of the cells under it, so the rows add up to the totals.
 */
function summaryRows(organizations: readonly Organization[], members: readonly Member[]): RatingReportData['organizations'] {
  const byCode = new Map(organizations.map((o) => [codeKey(o.code), o]));
  const topOf = (organization: Organization): Organization => {
    let current = organization;
    const seen = new Set<Organization>([current]);
    while (current.parentCode !== undefined) {
      const parent = byCode.get(codeKey(current.parentCode));
      if (parent === undefined || seen.has(parent)) break;
      seen.add(parent);
      current = parent;
    }
    return current;
  };
  const membersOfTop = new Map<Organization, Member[]>();
  const byOrganization = membersByOrganization(members);
  for (const [code, list] of byOrganization) {
    const organization = byCode.get(codeKey(code));
    if (organization === undefined) continue;
    const top = topOf(organization);
    const bucket = membersOfTop.get(top);
    if (bucket === undefined) membersOfTop.set(top, [...list]);
    else bucket.push(...list);
  }
  const tops = organizations.filter((o) => topOf(o) === o).sort((a, b) => a.code.localeCompare(b.code, 'en'));
  return tops.map((organization, index) => {
    const stats = memberStats(membersOfTop.get(organization) ?? []);
    return {
      number: String(index + 1),
      name: organization.name,
      members: formatInteger(stats.total),
      excellent: formatInteger(stats.levels.excellent),
      good: formatInteger(stats.levels.good),
      complete: formatInteger(stats.levels.complete),
      incomplete: formatInteger(stats.levels.incomplete),
      notRated: formatInteger(stats.notRated),
      rating: organization.finalRating === undefined ? '' : levelCodes[organization.finalRating],
    };
  });
}

/** " (gồm 14 tổ chức cơ sở đảng và 2 tổ chức đảng trực thuộc đảng ủy cơ sở)" when both kinds are present. */
function compositionOf(organizations: readonly Organization[]): string {
  const subordinate = organizations.filter((o) => o.type === 'subCommittee' || o.type === 'subordinateCell').length;
  const grassroots = organizations.length - subordinate;
  return subordinate === 0 || grassroots === 0
    ? ''
    : ` (gồm ${formatInteger(grassroots)} tổ chức cơ sở đảng và ${formatInteger(subordinate)} tổ chức đảng trực thuộc đảng ủy cơ sở)`;
}

export interface RatingReportInput {
  readonly year: number;
  readonly unit: Unit;
  readonly organizations: readonly Organization[];
  readonly members: readonly Member[];
  /** The same sheets' rows for year − 1, for the comparison (may be empty). */
  readonly previousOrganizations: readonly Organization[];
  readonly previousMembers: readonly Member[];
  readonly date?: CalendarDate;
  readonly number?: number;
}

export function buildRatingReport(input: RatingReportInput): RatingReportData {
  const { year, unit } = input;
  const previousYear = year - 1;
  const orgStats = organizationStats(input.organizations);
  const memStats = memberStats(input.members);
  const hasPrevious = input.previousOrganizations.length > 0 || input.previousMembers.length > 0;
  const prevOrg = hasPrevious ? organizationStats(input.previousOrganizations) : undefined;
  const prevMem = hasPrevious ? memberStats(input.previousMembers) : undefined;
  const committee = committeeShortName(unit);
  const { regulation, guidance } = regulationsOf(year);
  const goodOrAboveMembers = memStats.levels.excellent + memStats.levels.good;
  const goodOrAboveOrgs = orgStats.levels.excellent + orgStats.levels.good;
  const targets = [
    targetLine('đảng viên hoàn thành tốt nhiệm vụ trở lên', unit.targets.membersGoodOrAbove, goodOrAboveMembers, memStats.rated),
    targetLine('đảng viên hoàn thành xuất sắc nhiệm vụ', unit.targets.membersExcellent, memStats.levels.excellent, memStats.rated),
    targetLine('tổ chức đảng hoàn thành tốt nhiệm vụ trở lên', unit.targets.organizationsGoodOrAbove, goodOrAboveOrgs, orgStats.rated),
  ].filter((line): line is string => line !== undefined);
  const rows = summaryRows(input.organizations, input.members);
  const all = memStats;
  const previousTotal = prevMem === undefined ? '' : ` (năm ${previousYear}: ${formatInteger(prevMem.total)})`;
  return {
    header: headerData(unit, documentNumber(input.number, 'report', unit), input.date),
    summaryLine: `Kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm ${year}`,
    recipients: recipientLines(unit),
    signature: signatureFor('standingBoard', unit, []),
    year: String(year),
    leadership: [
      {
        text: `Thực hiện ${regulation} về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị và ${guidance}, Ban Thường vụ ${committee} đã ban hành kế hoạch, hướng dẫn các tổ chức đảng trực thuộc tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm ${year} bảo đảm đúng quy định, thực chất, đúng thời gian.`,
      },
    ],
    organizationsIntro: `Tổng số tổ chức đảng được đánh giá, xếp loại: ${formatRatio(orgStats.rated, orgStats.total)} tổ chức${compositionOf(input.organizations)}. Kết quả:`,
    organizationLevels: levelLines(orgStats.levels, orgStats.rated, prevOrg?.levels, previousYear),
    membersIntro: `Tổng số đảng viên: ${formatInteger(all.total)}${previousTotal}; số đảng viên được đánh giá, xếp loại: ${formatRatio(all.rated, all.total)} (chiếm ${percentOf(all.rated, all.total)}). Kết quả:`,
    notRatedLine: notRatedLine(all),
    memberLevels: levelLines(all.levels, all.rated, prevMem?.levels, previousYear),
    targets: targets.length === 0 ? [] : [{ text: 'So với chỉ tiêu đề ra:' }, ...targets.map((text, i) => ({ text: `${text}${i === targets.length - 1 ? '.' : ';'}` }))],
    assessment: [
      {
        text: `Việc kiểm điểm, đánh giá, xếp loại chất lượng năm ${year} được các tổ chức đảng thực hiện nghiêm túc, đúng quy trình; tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt ${percentOf(goodOrAboveMembers, all.rated)}, tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên đạt ${percentOf(goodOrAboveOrgs, orgStats.rated)}.`,
      },
    ],
    proposals: [
      {
        text: `Đề nghị cấp ủy cấp trên tiếp tục quan tâm hướng dẫn, tạo điều kiện để ${committee} nâng cao chất lượng công tác kiểm điểm, đánh giá, xếp loại hằng năm.`,
      },
    ],
    organizations: rows,
    totals: {
      members: formatInteger(all.total),
      excellent: formatInteger(all.levels.excellent),
      good: formatInteger(all.levels.good),
      complete: formatInteger(all.levels.complete),
      incomplete: formatInteger(all.levels.incomplete),
      notRated: formatInteger(all.notRated),
    },
  };
}
