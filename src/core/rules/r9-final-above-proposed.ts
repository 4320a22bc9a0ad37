import type { Member, Organization } from '../model/types';
import { addressOf, ratingRank } from '../model/types';
import type { Finding } from '../findings';
import { cellRef, ratingNames, subjectOf } from './labels';
import { ratingYears } from './rating-index';
import { makeFinding, type Rule } from './rule';

/** R9: the competent level rated higher than proposed; allowed, worth a second look (REGULATIONS.md §1.9). */
export const r9FinalAboveProposed: Rule = {
  id: 'R9',
  severity: 'warning',
  check(context) {
    const findings: Finding[] = [];
    for (const year of ratingYears(context)) {
      const check = (record: Member | Organization) => {
        const { finalRating: final, proposedRating: proposed } = record;
        if (final === undefined || proposed === undefined || ratingRank(final) <= ratingRank(proposed)) return;
        const cell = addressOf(record.source, 'finalRating');
        const at = cellRef(record.source.sheet, cell);
        const proposedAt = cellRef(record.source.sheet, addressOf(record.source, 'proposedRating'));
        const subject = subjectOf(record);
        findings.push(
          makeFinding('R9', 'warning', record.source.sheet, cell, {
            vi: `${at}: ${subject.vi} được xếp loại ${ratingNames[final].vi}, cao hơn mức đề xuất ${ratingNames[proposed].vi} (${proposedAt}) năm ${year.year}. Được phép, nhưng nên kiểm tra lại xem có nhập nhầm cột không.`,
            en: `${at}: ${subject.en} is rated ${ratingNames[final].en}, above the proposed ${ratingNames[proposed].en} (${proposedAt}) in ${year.year}. Allowed, but check the columns were not mixed up.`,
          }),
        );
      };
      year.members.forEach(check);
      year.organizations.forEach(check);
    }
    return findings;
  },
};
