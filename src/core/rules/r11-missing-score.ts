import type { Member, Organization } from '../model/types';
import { addressOf } from '../model/types';
import type { Finding } from '../findings';
import { cellRef, isMember, subjectOf } from './labels';
import { firstYearOfScores, isExemptFromRating, ratingYears } from './rating-index';
import { makeFinding, type Rule } from './rule';

/** R11: from rating year 2025 every member or organization to be rated has a 100-point score (QĐ 366). */
export const r11MissingScore: Rule = {
  id: 'R11',
  severity: 'error',
  appliesToYear: (year) => year >= firstYearOfScores,
  check(context) {
    const findings: Finding[] = [];
    for (const year of ratingYears(context, r11MissingScore.appliesToYear)) {
      const check = (record: Member | Organization) => {
        if (record.score !== undefined) return;
        if (isMember(record) && isExemptFromRating(record.notRatedReason, year.year)) return;
        const cell = addressOf(record.source, 'score');
        const at = cellRef(record.source.sheet, cell);
        const subject = subjectOf(record);
        findings.push(
          makeFinding('R11', 'error', record.source.sheet, cell, {
            vi: `${at}: ${subject.vi} chưa có Điểm năm ${year.year}. Từ năm 2025 xếp loại theo thang 100 điểm (Quy định 366-QĐ/TW); nhập Điểm từ 0 đến 100${isMember(record) ? ', hoặc ghi lý do ở cột Không xếp loại' : ''}.`,
            en: `${at}: ${subject.en} has no score for ${year.year}. From 2025 ratings use the 100-point score (QĐ 366-QĐ/TW); enter a score from 0 to 100${isMember(record) ? ', or a reason in Không xếp loại' : ''}.`,
          }),
        );
      };
      year.members.forEach(check);
      year.organizations.forEach(check);
    }
    return findings;
  },
};
