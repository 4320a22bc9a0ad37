// Organizations and members of each rating year, indexed once per model so every R rule stays O(n).
import { codeKey } from '../model/conference';
import type { Member, NotRatedReason, Organization, WorkbookModel } from '../model/types';
import type { RuleContext } from './rule';

/** REGULATIONS.md §1.1: QĐ 124 (more exemptions) from rating year 2023, QĐ 366 (100-point score) from 2025. */
export const firstYearOfQd124 = 2023;
export const firstYearOfScores = 2025;

/** §1.4: up to 2022 only "Miễn sinh hoạt" exempts a member from rating; later also suspension and recent admission. */
export function isExemptFromRating(reason: NotRatedReason | undefined, year: number): boolean {
  return reason !== undefined && (reason === 'exempt' || year >= firstYearOfQd124);
}

/** Names compare with diacritics kept (Hà ≠ Hạ), ignoring case and repeated spaces. */
export function personKey(name: string): string {
  return name.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' ');
}

export interface YearIndex {
  readonly year: number;
  readonly organizations: readonly Organization[];
  readonly members: readonly Member[];
  /** The first organization of the year with this code (V10 reports the others). */
  organization(code: string): Organization | undefined;
  /** The organization, then its `Trực thuộc` parent, grandparent…; stops at a missing parent or a cycle. */
  lineage(organization: Organization): readonly Organization[];
  /** §1.5: the grassroots organization a member's quota is counted in. */
  grassrootsOf(organization: Organization): Organization;
}

export interface RatingIndex {
  /** Rating years present in `Tổ chức đảng` or `Đảng viên`, ascending. */
  readonly years: readonly number[];
  year(year: number): YearIndex;
}

const cache = new WeakMap<WorkbookModel, RatingIndex>();

export function ratingIndex(model: WorkbookModel): RatingIndex {
  const cached = cache.get(model);
  if (cached !== undefined) return cached;
  const byYear = new Map<number, { organizations: Organization[]; members: Member[] }>();
  const bucket = (year: number) => {
    let entry = byYear.get(year);
    if (entry === undefined) {
      entry = { organizations: [], members: [] };
      byYear.set(year, entry);
    }
    return entry;
  };
  for (const organization of model.organizations) bucket(organization.year).organizations.push(organization);
  for (const member of model.members) bucket(member.year).members.push(member);
  const built = new Map<number, YearIndex>();
  const index: RatingIndex = {
    years: [...byYear.keys()].sort((a, b) => a - b),
    year(year) {
      let yearIndex = built.get(year);
      if (yearIndex === undefined) {
        const entry = byYear.get(year);
        yearIndex = buildYear(year, entry?.organizations ?? [], entry?.members ?? []);
        built.set(year, yearIndex);
      }
      return yearIndex;
    },
  };
  cache.set(model, index);
  return index;
}

function buildYear(year: number, organizations: readonly Organization[], members: readonly Member[]): YearIndex {
  const byCode = new Map<string, Organization>();
  for (const organization of organizations) {
    const key = codeKey(organization.code);
    if (!byCode.has(key)) byCode.set(key, organization);
  }
  // Codes repeat on every member row: fold each distinct spelling once.
  const folded = new Map<string, string>();
  const keyOf = (code: string) => {
    let key = folded.get(code);
    if (key === undefined) {
      key = codeKey(code);
      folded.set(code, key);
    }
    return key;
  };
  const lineages = new Map<Organization, readonly Organization[]>();
  const lineage = (organization: Organization): readonly Organization[] => {
    const known = lineages.get(organization);
    if (known !== undefined) return known;
    const chain = [organization];
    const seen = new Set(chain);
    let current = organization;
    while (current.parentCode !== undefined) {
      const parent = byCode.get(keyOf(current.parentCode));
      if (parent === undefined || seen.has(parent)) break;
      chain.push(parent);
      seen.add(parent);
      current = parent;
    }
    lineages.set(organization, chain);
    return chain;
  };
  return {
    year,
    organizations,
    members,
    organization: (code) => byCode.get(keyOf(code)),
    lineage,
    grassrootsOf(organization) {
      if (organization.type === 'grassrootsCommittee' || organization.type === 'grassrootsCell') return organization;
      return lineage(organization).find((o) => o.type === 'grassrootsCommittee') ?? organization;
    },
  };
}

/** The years a rating rule looks at: the requested one, else every year in the model; only those it applies to. */
export function ratingYears(context: RuleContext, appliesToYear?: (year: number) => boolean): YearIndex[] {
  const index = ratingIndex(context.model);
  const years = context.year === undefined ? index.years : [context.year];
  return years.filter((year) => appliesToYear?.(year) ?? true).map((year) => index.year(year));
}
