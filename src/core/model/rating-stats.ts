// Counts behind the yearly rating report and tables (FORMAT.md "Báo cáo kết quả …", "The yearly rating table").
import { ratingLevels, type Member, type NotRatedReason, type Organization, type RatingLevel } from './types';

export interface LevelCounts {
  readonly excellent: number;
  readonly good: number;
  readonly complete: number;
  readonly incomplete: number;
}

export interface MemberStats {
  readonly total: number;
  /** Members with a final rating. */
  readonly rated: number;
  /** Members to be rated whose final rating is still empty. */
  readonly pending: number;
  readonly notRated: number;
  readonly notRatedByReason: Readonly<Record<NotRatedReason, number>>;
  readonly levels: LevelCounts;
}

export interface OrganizationStats {
  readonly total: number;
  readonly rated: number;
  readonly levels: LevelCounts;
}

function emptyLevels(): Record<RatingLevel, number> {
  return { excellent: 0, good: 0, complete: 0, incomplete: 0 };
}

export function memberStats(members: readonly Member[]): MemberStats {
  const levels = emptyLevels();
  const byReason: Record<NotRatedReason, number> = { exempt: 0, suspended: 0, newlyAdmitted: 0 };
  let notRated = 0;
  let pending = 0;
  for (const member of members) {
    if (member.notRatedReason !== undefined) {
      notRated++;
      byReason[member.notRatedReason]++;
    } else if (member.finalRating === undefined) {
      pending++;
    } else {
      levels[member.finalRating]++;
    }
  }
  const rated = ratingLevels.reduce((sum, level) => sum + levels[level], 0);
  return { total: members.length, rated, pending, notRated, notRatedByReason: byReason, levels };
}

export function organizationStats(organizations: readonly Organization[]): OrganizationStats {
  const levels = emptyLevels();
  for (const organization of organizations) {
    if (organization.finalRating !== undefined) levels[organization.finalRating]++;
  }
  const rated = ratingLevels.reduce((sum, level) => sum + levels[level], 0);
  return { total: organizations.length, rated, levels };
}

/** Members grouped by organization code, in one pass. */
export function membersByOrganization(members: readonly Member[]): Map<string, Member[]> {
  const map = new Map<string, Member[]>();
  for (const member of members) {
    const list = map.get(member.organizationCode);
    if (list === undefined) map.set(member.organizationCode, [member]);
    else list.push(member);
  }
  return map;
}

/** The rating years present in the workbook, newest first. */
export function ratingYears(organizations: readonly Organization[], members: readonly Member[]): number[] {
  const years = new Set<number>();
  for (const o of organizations) years.add(o.year);
  for (const m of members) years.add(m.year);
  return [...years].sort((a, b) => b - a);
}
