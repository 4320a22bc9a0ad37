// Conference arithmetic shared by the C rules and the documents (REGULATIONS.md §2).
import type { Settings } from '../settings';
import type { Conference, Unit } from './types';

/** Tổng số ủy viên: as typed on the conference row, else the size of the body that met (from `Đơn vị`). */
export function totalMembersOf(conference: Conference, unit: Unit | undefined): number | undefined {
  if (conference.totalMembers !== undefined) return conference.totalMembers;
  if (conference.body === 'executiveCommittee') return unit?.executiveCommitteeSize;
  if (conference.body === 'standingBoard') return unit?.standingBoardSize;
  return undefined;
}

/** Minimum attendance as a fraction: `Tỷ lệ có mặt tối thiểu` of `Đơn vị`, else the setting. */
export function quorumOf(unit: Unit | undefined, settings: Settings): number {
  return unit?.quorum ?? settings.quorum;
}

// Tolerance for fractions such as 2/3 × 30, which is 19.999999999999996 in binary floating point.
const epsilon = 1e-9;

/** The fewest members present that meet the quorum. */
export function minimumPresent(totalMembers: number, quorum: number): number {
  return Math.ceil(totalMembers * quorum - epsilon);
}

/** The fewest votes for that adopt a decision: more than half of all incumbent members (Điều lệ Điều 10 khoản 5). */
export function majorityOf(totalMembers: number): number {
  return Math.floor(totalMembers / 2) + 1;
}

export function isAdopted(votesFor: number, totalMembers: number): boolean {
  return votesFor >= majorityOf(totalMembers);
}

/** Conference and organization codes are matched ignoring case and spaces ("bch-02 " = "BCH-02"). */
export function codeKey(code: string): string {
  return code.normalize('NFC').toUpperCase().replace(/\s+/g, '');
}
