// One organization's yearly rating table (FORMAT.md "The yearly rating table"): the members as the office
// orders them, their rows, the counts per level, the signature of the organization's secretary.
import { headerData, upper } from '../documents/common';
import { levelCodes, levelLines, notRatedLine } from '../documents/rating-report';
import type { RatingTableData, SignatureData } from '../documents/template-data';
import { codeKey } from '../model/conference';
import { memberStats, type MemberStats } from '../model/rating-stats';
import type { CalendarDate, Discipline, Member, NotRatedReason, Organization, Unit } from '../model/types';
import { nameSortKey } from '../text/collation';
import { formatDate } from '../text/dates';
import { formatDecimal } from '../text/format';
import { foldKey } from '../text/normalize';

/** 0 Bí thư, 1 Phó Bí thư, 2 committee members (Chi ủy viên, Đảng ủy viên, Ủy viên Ban Thường vụ …), 3 members. */
export type RoleRank = 0 | 1 | 2 | 3;

const rankCache = new Map<string, RoleRank>();

export function roleRank(partyPosition: string | undefined): RoleRank {
  if (partyPosition === undefined) return 3;
  const cached = rankCache.get(partyPosition);
  if (cached !== undefined) return cached;
  const key = foldKey(partyPosition);
  const rank: RoleRank = key === '' ? 3 : key.startsWith('phobithu') ? 1 : key.startsWith('bithu') ? 0 : key.includes('uyvien') ? 2 : 3;
  // Positions repeat across thousands of members: fold each distinct text once.
  if (rankCache.size < 10_000) rankCache.set(partyPosition, rank);
  return rank;
}

const codeKeys = new Map<string, string>();

/** `codeKey`, remembered: a few thousand codes repeat over a hundred thousand members. */
function memberCodeKey(code: string): string {
  let key = codeKeys.get(code);
  if (key === undefined) {
    key = codeKey(code);
    if (codeKeys.size < 100_000) codeKeys.set(code, key);
  }
  return key;
}

// A Đảng bộ's table repeats its cells' members: their sort keys are computed once.
const sortKeys = new WeakMap<Member, string>();

function sortKeyOf(member: Member): string {
  let key = sortKeys.get(member);
  if (key === undefined) {
    key = nameSortKey(member);
    sortKeys.set(member, key);
  }
  return key;
}

/** Names compared as people type them: case and runs of spaces ignored, diacritics kept. */
function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export const notRatedLabels: Readonly<Record<NotRatedReason, string>> = {
  exempt: 'Miễn công tác và sinh hoạt đảng',
  suspended: 'Đình chỉ sinh hoạt đảng',
  newlyAdmitted: 'Mới kết nạp chưa đủ 6 tháng',
};

export const disciplineLabels: Readonly<Record<Discipline, string>> = {
  reprimand: 'Khiển trách',
  warning: 'Cảnh cáo',
  dismissal: 'Cách chức',
  expulsion: 'Khai trừ',
};

const plainMemberCache = new Map<string, boolean>();

/** "Đảng viên", "đảng viên", "Dang vien": no position beyond membership. */
function isPlainMember(position: string): boolean {
  let plain = plainMemberCache.get(position);
  if (plain === undefined) {
    plain = foldKey(position) === 'dangvien';
    if (plainMemberCache.size < 10_000) plainMemberCache.set(position, plain);
  }
  return plain;
}

/** "Bí thư Chi bộ; Chánh Văn phòng": party position (plain "Đảng viên" left out when there is another) and government position. */
export function positionText(member: Member): string {
  const party = member.partyPosition?.trim() ?? '';
  const government = member.governmentPosition?.trim() ?? '';
  const plainMember = party !== '' && isPlainMember(party);
  const parts = [plainMember && government !== '' ? '' : party, government].filter((p) => p !== '');
  if (parts.length > 0) return parts.join('; ');
  return member.memberType === 'probationary' ? 'Đảng viên dự bị' : 'Đảng viên';
}

/** The "Ghi chú" cell: why a member is not rated, the year's discipline, then the workbook's own note. */
export function noteText(member: Member): string {
  const parts: string[] = [];
  if (member.notRatedReason !== undefined) parts.push(`Không xếp loại: ${notRatedLabels[member.notRatedReason].toLocaleLowerCase('vi')}`);
  if (member.discipline !== undefined) parts.push(`Kỷ luật: ${disciplineLabels[member.discipline].toLocaleLowerCase('vi')}${member.selfRemedied ? ' (tự phát hiện, khắc phục)' : ''}`);
  const own = member.note?.trim() ?? '';
  if (own !== '') parts.push(own);
  return parts.join('; ');
}

/**
 * Members in the office's order: role (the organization's `Bí thư` counts as one), then given name
 * (REGULATIONS.md §5); a Đảng bộ's table listing its subordinates' members goes subordinate by subordinate.
 */
export function sortMembers(organization: Organization, members: readonly Member[], subordinates: readonly Organization[] = []): Member[] {
  const secretary = organization.secretary === undefined ? '' : nameKey(organization.secretary);
  const length = secretary.length;
  const group = new Map(subordinates.map((o, i) => [codeKey(o.code), i]));
  const keyed = members.map((member) => {
    let rank = roleRank(member.partyPosition);
    if (rank === 3 && length > 0 && Math.abs(member.name.length - length) <= 4 && nameKey(member.name) === secretary) rank = 0;
    return { member, rank, group: group.size === 0 ? 0 : (group.get(memberCodeKey(member.organizationCode)) ?? group.size), key: sortKeyOf(member) };
  });
  keyed.sort((a, b) => a.group - b.group || a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.member);
}

/** The organization's secretary: `Bí thư` of `Tổ chức đảng`, else its member whose party position is Bí thư. */
export function secretaryOf(organization: Organization, sortedMembers: readonly Member[]): string {
  const given = organization.secretary?.trim() ?? '';
  if (given !== '') return given;
  const own = codeKey(organization.code);
  return sortedMembers.find((m) => roleRank(m.partyPosition) === 0 && memberCodeKey(m.organizationCode) === own)?.name ?? '';
}

function isCommittee(organization: Organization): boolean {
  return organization.type === 'grassrootsCommittee' || organization.type === 'subCommittee' || /^đảng bộ/iu.test(organization.name.trim());
}

/** "T/M ĐẢNG ỦY" for a Đảng bộ; "T/M CHI ỦY" for a Chi bộ with a committee (a Phó Bí thư or Chi ủy viên), else "T/M CHI BỘ". */
export function tableSignature(organization: Organization, sortedMembers: readonly Member[]): SignatureData {
  const withCommittee = sortedMembers.some((m) => {
    const rank = roleRank(m.partyPosition);
    return rank === 1 || rank === 2;
  });
  const authority = isCommittee(organization) ? 'T/M ĐẢNG ỦY' : withCommittee ? 'T/M CHI ỦY' : 'T/M CHI BỘ';
  return { authority, title: 'BÍ THƯ', name: secretaryOf(organization, sortedMembers) };
}

/** One member row with typed values (the .xlsx keeps numbers and dates as such). */
export interface MemberRow {
  readonly number: number;
  readonly name: string;
  readonly birthDate?: CalendarDate;
  readonly position: string;
  readonly score?: number;
  /** Level codes (HTXSNV …): four 24 mm columns of a landscape A4 table hold a code, not a full name. */
  readonly selfRating: string;
  readonly proposedRating: string;
  readonly finalRating: string;
  readonly note: string;
}

/** Everything the table and the sheet of one organization show. */
export interface OrganizationRatings {
  readonly organization: Organization;
  readonly year: number;
  /** Scores exist from 2025 (REGULATIONS.md §1.1). */
  readonly hasScores: boolean;
  readonly rows: readonly MemberRow[];
  readonly stats: MemberStats;
  readonly signature: SignatureData;
}

export function organizationRatings(
  organization: Organization,
  members: readonly Member[],
  year: number,
  subordinates: readonly Organization[] = [],
): OrganizationRatings {
  const sorted = sortMembers(organization, members, subordinates);
  // The member's own organization by its code (the office's own short name): the note column is narrow.
  const names = new Map(subordinates.map((o) => [codeKey(o.code), o.code]));
  const hasScores = year >= 2025;
  const rows = sorted.map((member, index): MemberRow => {
    const rated = member.notRatedReason === undefined;
    return {
      number: index + 1,
      name: member.name,
      ...(member.birthDate === undefined ? {} : { birthDate: member.birthDate }),
      position: positionText(member),
      ...(hasScores && rated && member.score !== undefined ? { score: member.score } : {}),
      selfRating: rated && member.selfRating !== undefined ? levelCodes[member.selfRating] : '',
      proposedRating: rated && member.proposedRating !== undefined ? levelCodes[member.proposedRating] : '',
      finalRating: rated && member.finalRating !== undefined ? levelCodes[member.finalRating] : '',
      note: names.size === 0 ? noteText(member) : [names.get(memberCodeKey(member.organizationCode)) ?? '', noteText(member)].filter((t) => t !== '').join('; '),
    };
  });
  return { organization, year, hasScores, rows, stats: memberStats(members), signature: tableSignature(organization, sorted) };
}

export function tableTitle(year: number): string {
  return `BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM ${year}`;
}

export interface RatingTableOptions {
  /** The date line's date; blank spaces for the office to fill in when absent. */
  readonly date?: CalendarDate;
  /** The organization directly above this one (a Chi bộ trực thuộc's Đảng bộ cơ sở), for header box 2. */
  readonly parent?: Organization;
}

/** A member row as the table prints it: dd/mm/yyyy, "92,5". */
export function tableRow(row: MemberRow): RatingTableData['rows'][number] {
  return {
    number: String(row.number),
    name: row.name,
    birthDate: row.birthDate === undefined ? '' : formatDate(row.birthDate),
    position: row.position,
    score: row.score === undefined ? '' : formatDecimal(row.score, 2),
    selfRating: row.selfRating,
    proposedRating: row.proposedRating,
    finalRating: row.finalRating,
    note: row.note,
  };
}

/** The data of bang-xep-loai.docx from already ordered ratings. */
export function tableDataOf(ratings: OrganizationRatings, unit: Unit, options: RatingTableOptions = {}): RatingTableData {
  const { organization, year, stats } = ratings;
  const base = headerData(unit, '', options.date);
  return {
    header: {
      ...base,
      superiorBody: options.parent === undefined ? upper(unit.issuingBody ?? '') : upper(options.parent.name),
      issuingBody: upper(organization.name),
    },
    year: String(year),
    title: tableTitle(year),
    organizationName: organization.name,
    hasScores: ratings.hasScores,
    rows: ratings.rows.map(tableRow),
    levels: levelLines(stats.levels, stats.rated, undefined, year - 1),
    notRatedLine: notRatedLine(stats),
    signature: ratings.signature,
  };
}

/** RatingTableData of one organization: members sorted by role then given name, scores from 2025, counts per level. */
export function ratingTableData(
  organization: Organization,
  members: readonly Member[],
  unit: Unit,
  year: number,
  options: RatingTableOptions = {},
): RatingTableData {
  return tableDataOf(organizationRatings(organization, members, year), unit, options);
}
