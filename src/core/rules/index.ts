// The model-level rules (V10, V11, C1–C8, R1–R11) and the one call that runs them.
import type { Finding, RuleId } from '../findings';
import type { WorkbookModel } from '../model/types';
import { defaultSettings, type Settings } from '../settings';
import { c1Attendance } from './c1-attendance';
import { c2Quorum } from './c2-quorum';
import { c3Majority } from './c3-majority';
import { c4VoteCount } from './c4-vote-count';
import { c5DocumentNumbers } from './c5-document-numbers';
import { c6DocumentDates } from './c6-document-dates';
import { c7EmptyAgenda } from './c7-empty-agenda';
import { c8TermDates } from './c8-term-dates';
import { r1ExcellentQuota } from './r1-excellent-quota';
import { r10ExcellentOrganizationMembers } from './r10-excellent-organization-members';
import { r11MissingScore } from './r11-missing-score';
import { r2HeadAboveOrganization } from './r2-head-above-organization';
import { r3Discipline } from './r3-discipline';
import { r4NotRated } from './r4-not-rated';
import { r5ScoreBand } from './r5-score-band';
import { r6MemberCount } from './r6-member-count';
import { r7DuplicateMembers } from './r7-duplicate-members';
import { r8PendingRating } from './r8-pending-rating';
import { r9FinalAboveProposed } from './r9-final-above-proposed';
import type { Rule, RuleContext } from './rule';
import { v10UniqueKeys } from './v10-unique-keys';
import { v11References } from './v11-references';

export const modelRules: readonly Rule[] = [
  v10UniqueKeys,
  v11References,
  c1Attendance,
  c2Quorum,
  c3Majority,
  c4VoteCount,
  c5DocumentNumbers,
  c6DocumentDates,
  c7EmptyAgenda,
  c8TermDates,
  r1ExcellentQuota,
  r2HeadAboveOrganization,
  r3Discipline,
  r4NotRated,
  r5ScoreBand,
  r6MemberCount,
  r7DuplicateMembers,
  r8PendingRating,
  r9FinalAboveProposed,
  r10ExcellentOrganizationMembers,
  r11MissingScore,
];

/** The R rules of a rating year (spec/RULES.md "Rule set by year"); R4's reasons also follow the year. */
export function ratingRulesFor(year: number): RuleId[] {
  return modelRules
    .filter((rule) => rule.id.startsWith('R') && (rule.appliesToYear?.(year) ?? true))
    .map((rule) => rule.id);
}

/**
 * Runs every model rule. R rules look at each rating year in the model (or only `options.year`) and skip the
 * years they do not apply to; V and C rules look at the whole workbook.
 */
export function checkModel(model: WorkbookModel, settings: Settings = defaultSettings, options: { year?: number } = {}): Finding[] {
  const context: RuleContext = options.year === undefined ? { model, settings } : { model, settings, year: options.year };
  const findings: Finding[] = [];
  for (const rule of modelRules) {
    // Appended one by one: spreading 100,000 findings into push() overflows the call stack.
    for (const finding of rule.check(context)) findings.push(finding);
  }
  return findings;
}

export { excellentLimit } from './r1-excellent-quota';
export { scoreBand } from './r5-score-band';
export { ratingDateOf } from './r4-not-rated';
export { isExemptFromRating } from './rating-index';
