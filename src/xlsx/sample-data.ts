// Deterministic fake data for the sample and benchmark workbooks: a seeded PRNG, Vietnamese names,
// and ratings that satisfy the R rules (quota, heads, discipline, score bands).
import { ratingOptions, type genderOptions, type organizationTypeOptions } from '../core/workbook/contract';

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** mulberry32: small, fast, and the same sequence on every platform. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick,
    chance: (probability) => next() < probability,
  };
}

function weighted(entries: ReadonlyArray<readonly [string, number]>): string[] {
  return entries.flatMap(([name, weight]) => Array<string>(weight).fill(name));
}

const familyNames = weighted([
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 10], ['Phạm', 7], ['Hoàng', 4], ['Huỳnh', 4], ['Phan', 4], ['Vũ', 3],
  ['Võ', 4], ['Đặng', 2], ['Bùi', 2], ['Đỗ', 2], ['Hồ', 2], ['Ngô', 1], ['Dương', 1], ['Lý', 1], ['Trương', 1],
  ['Đinh', 1], ['Lâm', 1], ['Mai', 1], ['Cao', 1], ['Tạ', 1], ['Châu', 1], ['Lưu', 1],
]);
const maleMiddleNames = weighted([
  ['Văn', 10], ['Hữu', 3], ['Đức', 3], ['Minh', 4], ['Quốc', 3], ['Thanh', 3], ['Công', 2], ['Xuân', 2],
  ['Ngọc', 2], ['Trọng', 2], ['Đình', 2], ['Quang', 2], ['Tấn', 2], ['Thành', 1], ['Anh', 1], ['Hoài', 1],
]);
const femaleMiddleNames = weighted([
  ['Thị', 14], ['Ngọc', 3], ['Thu', 2], ['Thanh', 2], ['Kim', 2], ['Minh', 1], ['Hồng', 2], ['Bích', 1],
  ['Diệu', 1], ['Mỹ', 1], ['Phương', 1], ['Thùy', 1], ['Thị Thu', 1], ['Thị Ngọc', 1], ['Hoài', 1],
]);
const maleGivenNames = [
  'Anh', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Hải', 'Long', 'Nam', 'Phong', 'Quang', 'Sơn', 'Tuấn', 'Thắng',
  'Trung', 'Việt', 'Khoa', 'Khánh', 'Lâm', 'Phúc', 'Tài', 'Thành', 'Hiếu', 'Huy', 'Đạt', 'Hòa', 'Lợi', 'Minh',
  'Nghĩa', 'Quý', 'Tâm', 'Thịnh', 'Toàn', 'Vinh', 'Bảo', 'Chiến', 'Định', 'Hậu', 'Kiên', 'Luân', 'Nhân',
] as const;
const femaleGivenNames = [
  'Lan', 'Hoa', 'Hương', 'Mai', 'Ngọc', 'Thảo', 'Trang', 'Linh', 'Hằng', 'Nga', 'Phương', 'Yến', 'Vy', 'Hạnh',
  'Loan', 'Nhung', 'Thủy', 'Tâm', 'Hà', 'Dung', 'Huyền', 'Liên', 'Oanh', 'Quyên', 'Thoa', 'Trinh', 'Uyên', 'Xuân',
  'Diễm', 'Giang', 'Hiền', 'Ly', 'My', 'Nhi', 'Tuyết', 'Vân',
] as const;

export type Gender = (typeof genderOptions)[number];

export function randomName(random: Random, gender: Gender): string {
  const male = gender === 'Nam';
  const middle = random.pick(male ? maleMiddleNames : femaleMiddleNames);
  const given = random.pick(male ? maleGivenNames : femaleGivenNames);
  return `${random.pick(familyNames)} ${middle} ${given}`;
}

/** A UTC date whose fields are the civil date (the snapshot's convention). */
export function civilDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function randomDate(random: Random, fromYear: number, toYear: number): Date {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear, 11, 31);
  return new Date(from + Math.floor(random.next() * ((to - from) / 86_400_000 + 1)) * 86_400_000);
}

/** Index into `ratingOptions`: 0 excellent, 1 good, 2 complete, 3 incomplete (lower is better). */
export type LevelIndex = 0 | 1 | 2 | 3;
export const excellent: LevelIndex = 0;
export const good: LevelIndex = 1;
export const complete: LevelIndex = 2;
export const incomplete: LevelIndex = 3;

export function levelText(level: LevelIndex): (typeof ratingOptions)[number] {
  return ratingOptions[level];
}

export type OrganizationTypeText = (typeof organizationTypeOptions)[number];

export interface PlanOrganization {
  readonly code: string;
  readonly type: OrganizationTypeText;
  readonly parentCode?: string;
  /** Quota group (`Nhóm`, default `Loại`). */
  readonly group: string;
  /** `Có kỷ luật` with `Tự phát hiện, khắc phục`: at most good (REGULATIONS.md §1.7). */
  readonly disciplinedRemedied?: boolean;
  /** Preferred level before the quota is applied. */
  readonly preferred?: LevelIndex;
}

export interface PlanMember {
  readonly organizationCode: string;
  readonly rated: boolean;
  /** Disciplined in the year and not self-remedied: incomplete (REGULATIONS.md §1.7). */
  readonly disciplined?: boolean;
  /** Codes of the organizations this member heads (Bí thư or Người đứng đầu). */
  readonly heads: readonly string[];
  readonly preferred?: LevelIndex;
}

export interface RatingPlan {
  readonly organizations: ReadonlyMap<string, { readonly proposed: LevelIndex; readonly final: LevelIndex }>;
  /** Same order as the input; undefined for members not rated. */
  readonly members: ReadonlyArray<{ readonly proposed: LevelIndex; readonly final: LevelIndex } | undefined>;
}

export interface PlanOptions {
  /** R1: excellent ≤ floor(quota × good) per group. */
  readonly quota: number;
  readonly memberExcellentShare: number;
  readonly organizationExcellentShare: number;
}

export const defaultPlanOptions: PlanOptions = { quota: 0.2, memberExcellentShare: 0.17, organizationExcellentShare: 0.2 };

/** The grassroots organization a member's quota is counted in (R1): its own, or its Đảng bộ cơ sở parent. */
export function grassrootsCode(organization: PlanOrganization, byCode: ReadonlyMap<string, PlanOrganization>): string {
  const parent = organization.parentCode === undefined ? undefined : byCode.get(organization.parentCode);
  return parent !== undefined && parent.type === 'Đảng bộ cơ sở' ? parent.code : organization.code;
}

/**
 * Levels that pass R1 (quota), R2 (heads), R3 (discipline) and R10 (excellent organization without
 * incomplete members). Candidates for excellent beyond the quota keep `proposed` excellent and end `good`.
 */
export function planRatings(
  random: Random,
  organizations: readonly PlanOrganization[],
  members: readonly PlanMember[],
  options: PlanOptions = defaultPlanOptions,
): RatingPlan {
  const byCode = new Map(organizations.map((o) => [o.code, o]));
  const noExcellent = new Set<string>();
  for (const member of members) {
    if (!member.disciplined) continue;
    const organization = byCode.get(member.organizationCode);
    if (organization === undefined) continue;
    noExcellent.add(organization.code);
    noExcellent.add(grassrootsCode(organization, byCode));
  }

  const organizationLevels = new Map<string, { proposed: LevelIndex; final: LevelIndex }>();
  const organizationGroups = new Map<string, string[]>();
  for (const organization of organizations) {
    let level: LevelIndex = organization.preferred ?? drawLevel(random, options.organizationExcellentShare, 0.08);
    if (level === excellent && (organization.disciplinedRemedied || noExcellent.has(organization.code))) level = good;
    organizationLevels.set(organization.code, { proposed: level, final: level });
    pushTo(organizationGroups, organization.group, organization.code);
  }
  for (const codes of organizationGroups.values()) {
    applyQuota(codes.map((code) => organizationLevels.get(code)).filter(isDefined), options.quota);
  }

  const memberLevels = members.map((member) => {
    if (!member.rated) return undefined;
    let level: LevelIndex = member.disciplined ? incomplete : member.preferred ?? drawLevel(random, options.memberExcellentShare, 0.05);
    for (const code of member.heads) {
      const cap = organizationLevels.get(code)?.final;
      if (cap !== undefined && level < cap) level = cap;
    }
    return { proposed: level, final: level };
  });
  const memberGroups = new Map<string, Array<{ proposed: LevelIndex; final: LevelIndex }>>();
  members.forEach((member, index) => {
    const level = memberLevels[index];
    const organization = byCode.get(member.organizationCode);
    if (level === undefined || organization === undefined) return;
    pushTo(memberGroups, grassrootsCode(organization, byCode), level);
  });
  for (const levels of memberGroups.values()) applyQuota(levels, options.quota);
  return { organizations: organizationLevels, members: memberLevels };
}

function drawLevel(random: Random, excellentShare: number, completeShare: number): LevelIndex {
  const r = random.next();
  if (r < excellentShare) return excellent;
  if (r < 1 - completeShare) return good;
  return complete;
}

/** Demotes the last excellent entries to good until excellent ≤ floor(quota × good). */
function applyQuota(levels: ReadonlyArray<{ proposed: LevelIndex; final: LevelIndex }>, quota: number): void {
  const excellentEntries = levels.filter((l) => l.final === excellent);
  let goodCount = levels.filter((l) => l.final === good).length;
  let excellentCount = excellentEntries.length;
  while (excellentCount > Math.floor(quota * goodCount + 1e-9)) {
    const entry = excellentEntries[excellentCount - 1];
    if (entry === undefined) break;
    entry.final = good;
    excellentCount -= 1;
    goodCount += 1;
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/** A score inside the band of a level (REGULATIONS.md §1.3), in steps of 0.5. */
export function scoreFor(random: Random, level: LevelIndex): number {
  const [low, high] = level === excellent ? [90, 98] : level === good ? [72, 89.5] : level === complete ? [55, 69.5] : [35, 48];
  return low + random.int(0, Math.round((high - low) * 2)) / 2;
}
