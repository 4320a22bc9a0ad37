// The domain model of spec/WORKBOOK.md; identifiers follow domain/GLOSSARY.md.

/** A calendar date with no time zone (dates in Party documents are civil dates). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
}

/**
 * Where a record came from: its sheet, its row, and the column letter of each field read.
 * `columns` is shared by every record of a sheet, so a row costs one small object.
 */
export interface Source {
  readonly sheet: string;
  readonly row: number;
  readonly columns: Readonly<Record<string, string>>;
}

export const ratingLevels = ['excellent', 'good', 'complete', 'incomplete'] as const;
export type RatingLevel = (typeof ratingLevels)[number];

/** excellent 3 > good 2 > complete 1 > incomplete 0. */
export function ratingRank(level: RatingLevel): number {
  return 3 - ratingLevels.indexOf(level);
}

export const bodies = ['executiveCommittee', 'standingBoard'] as const;
export type Body = (typeof bodies)[number];

export const agendaKinds = ['report', 'discussion', 'vote', 'election'] as const;
export type AgendaKind = (typeof agendaKinds)[number];

export const organizationTypes = ['grassrootsCommittee', 'grassrootsCell', 'subCommittee', 'subordinateCell'] as const;
export type OrganizationType = (typeof organizationTypes)[number];

export const notRatedReasons = ['exempt', 'suspended', 'newlyAdmitted'] as const;
export type NotRatedReason = (typeof notRatedReasons)[number];

export const disciplines = ['reprimand', 'warning', 'dismissal', 'expulsion'] as const;
export type Discipline = (typeof disciplines)[number];

export const memberTypes = ['full', 'probationary'] as const;
export type MemberType = (typeof memberTypes)[number];

export const genders = ['male', 'female'] as const;
export type Gender = (typeof genders)[number];

/** "Name - position" as typed in Chủ trì, Thư ký, Người kết luận. */
export interface Person {
  readonly name: string;
  readonly position?: string;
}

export interface Absentee {
  readonly name: string;
  readonly reason?: string;
}

export interface Term {
  readonly startYear: number;
  readonly endYear: number;
}

export interface Targets {
  /** Fractions 0–1. */
  readonly membersGoodOrAbove?: number;
  readonly membersExcellent?: number;
  readonly organizationsGoodOrAbove?: number;
}

/** Sheet `Đơn vị`: the issuing committee. Missing required values are absent here and reported as V1. */
export interface Unit {
  readonly superiorBody?: string;
  readonly issuingBody?: string;
  readonly committeeName?: string;
  readonly bodyCode?: string;
  readonly placeName?: string;
  readonly term?: Term;
  readonly termNumber?: number;
  readonly executiveCommitteeSize?: number;
  readonly standingBoardSize?: number;
  readonly secretary?: string;
  /** Fraction 0–1; default 2/3 applies when absent. */
  readonly quorum?: number;
  readonly recipients: readonly string[];
  readonly targets: Targets;
  /** The sheet name and the A1 address of each key's value cell. */
  readonly sheet: string;
  readonly cells: Readonly<Partial<Record<UnitField, string>>>;
}
export type UnitField = Exclude<keyof Unit, 'cells' | 'sheet' | 'recipients' | 'targets'> | 'recipients' | keyof Targets;

export interface Conference {
  readonly code: string;
  readonly body?: Body;
  readonly number?: number;
  readonly date?: CalendarDate;
  readonly startTime?: TimeOfDay;
  readonly endTime?: TimeOfDay;
  readonly venue?: string;
  readonly chairs: readonly Person[];
  readonly minuteTaker?: Person;
  /** As typed; `totalMembersOf` gives the default from `Đơn vị`. */
  readonly totalMembers?: number;
  readonly present?: number;
  readonly absentees: readonly Absentee[];
  readonly guests: readonly string[];
  readonly summary?: string;
  readonly resolutionNumber?: number;
  readonly resolutionDate?: CalendarDate;
  readonly noticeNumber?: number;
  readonly noticeDate?: CalendarDate;
  readonly minutesNumber?: number;
  readonly concluder?: Person;
  readonly note?: string;
  readonly source: Source;
}

export interface AgendaItem {
  readonly conferenceCode: string;
  /** STT, or the row order within the conference when empty. */
  readonly order: number;
  readonly content: string;
  readonly kind: AgendaKind;
  readonly presenter?: string;
  readonly votesFor?: number;
  readonly votesAgainst?: number;
  readonly abstentions?: number;
  readonly decision?: string;
  readonly source: Source;
}

export interface Conclusion {
  readonly conferenceCode: string;
  readonly order: number;
  readonly content: string;
  readonly owner?: string;
  readonly deadline?: CalendarDate;
  readonly source: Source;
}

export interface Organization {
  readonly year: number;
  readonly code: string;
  readonly name: string;
  readonly type?: OrganizationType;
  readonly parentCode?: string;
  /** Quota group: `Nhóm`, or the type's Vietnamese label when empty. */
  readonly group: string;
  readonly secretary?: string;
  readonly memberCount?: number;
  readonly score?: number;
  readonly selfRating?: RatingLevel;
  readonly proposedRating?: RatingLevel;
  readonly finalRating?: RatingLevel;
  readonly disciplined: boolean;
  readonly selfRemedied: boolean;
  readonly note?: string;
  readonly source: Source;
}

export interface Member {
  readonly year: number;
  readonly order?: number;
  readonly name: string;
  readonly birthDate?: CalendarDate;
  readonly gender?: Gender;
  readonly cardNumber?: string;
  readonly organizationCode: string;
  readonly partyPosition?: string;
  readonly governmentPosition?: string;
  readonly head: boolean;
  readonly memberType?: MemberType;
  readonly admissionDate?: CalendarDate;
  readonly notRatedReason?: NotRatedReason;
  readonly discipline?: Discipline;
  readonly selfRemedied: boolean;
  readonly score?: number;
  readonly selfRating?: RatingLevel;
  readonly proposedRating?: RatingLevel;
  readonly finalRating?: RatingLevel;
  readonly note?: string;
  readonly source: Source;
}

/** Everything read from one workbook. Sheets not present (or not requested) give empty lists. */
export interface WorkbookModel {
  readonly unit?: Unit;
  readonly conferences: readonly Conference[];
  readonly agendaItems: readonly AgendaItem[];
  readonly conclusions: readonly Conclusion[];
  readonly organizations: readonly Organization[];
  readonly members: readonly Member[];
}

export function addressOf(source: Source, field: string): string {
  const column = source.columns[field];
  return column === undefined ? `A${source.row}` : `${column}${source.row}`;
}
