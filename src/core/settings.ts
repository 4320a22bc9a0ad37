// Thresholds marked ⚙ in spec/RULES.md, with their defaults.
import type { Severity } from './findings';

export interface Settings {
  /** C2: minimum attendance as a fraction of all members (working-rule quorum, REGULATIONS.md §2). */
  readonly quorum: number;
  /** R1: excellent may be at most this fraction of the count rated good (REGULATIONS.md §1.5). */
  readonly excellentQuota: number;
  /** R1: how the limit is rounded. */
  readonly quotaRounding: 'floor' | 'round' | 'ceil';
  /** R1: error by default; the competent level may allow exceptions. */
  readonly quotaSeverity: Severity;
  /** R10: the local rule that an excellent organization has no incomplete member. */
  readonly excellentOrganizationRule: boolean;
  /** R4: the rating date the 6 months are counted to (month, day) in the rating year. */
  readonly ratingDate: { readonly month: number; readonly day: number };
}

export const defaultSettings: Settings = {
  quorum: 2 / 3,
  excellentQuota: 0.2,
  quotaRounding: 'floor',
  quotaSeverity: 'error',
  excellentOrganizationRule: true,
  ratingDate: { month: 12, day: 31 },
};
