import type { Member, Organization } from '../model/types';
import { addressOf } from '../model/types';
import type { Finding } from '../findings';
import { cellRef, isMember, subjectOf } from './labels';
import { isExemptFromRating, ratingYears } from './rating-index';
import { makeFinding, type Rule } from './rule';

/** R8: a member or organization to be rated has no final `Xếp loại` yet. */
export const r8PendingRating: Rule = {
  id: 'R8',
  severity: 'info',
  check(context) {
    const findings: Finding[] = [];
    for (const year of ratingYears(context)) {
      const check = (record: Member | Organization) => {
        if (record.finalRating !== undefined) return;
        if (isMember(record) && isExemptFromRating(record.notRatedReason, year.year)) return;
        const cell = addressOf(record.source, 'finalRating');
        const at = cellRef(record.source.sheet, cell);
        const subject = subjectOf(record);
        findings.push(
          makeFinding('R8', 'info', record.source.sheet, cell, {
            vi: `${at}: ${subject.vi} chưa có Xếp loại năm ${year.year} (đang chờ cấp có thẩm quyền quyết định). Nhập Xếp loại khi có kết quả${isMember(record) ? ', hoặc ghi lý do ở cột Không xếp loại' : ''}.`,
            en: `${at}: ${subject.en} has no final rating for ${year.year} yet (pending the competent level's decision). Enter Xếp loại when decided${isMember(record) ? ', or a reason in Không xếp loại' : ''}.`,
          }),
        );
      };
      year.members.forEach(check);
      year.organizations.forEach(check);
    }
    return findings;
  },
};
