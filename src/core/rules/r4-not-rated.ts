import type { CalendarDate } from '../model/types';
import { addressOf, notRatedReasons } from '../model/types';
import type { Finding } from '../findings';
import type { Settings } from '../settings';
import { notRatedOptions } from '../workbook/contract';
import { addMonths, compareDates, formatDate } from '../text/dates';
import { cellRef, ratingNames } from './labels';
import { firstYearOfQd124, isExemptFromRating, ratingYears } from './rating-index';
import { makeFinding, type Rule } from './rule';

/** The date the 6 months of membership are counted to (⚙ Settings.ratingDate; 29/02 falls back to 28/02). */
export function ratingDateOf(year: number, settings: Settings): CalendarDate {
  return addMonths({ year, month: settings.ratingDate.month, day: settings.ratingDate.day }, 0);
}

/**
 * R4 (REGULATIONS.md §1.4): a member not rated for a reason of the year has a final rating; from 2023, a member
 * admitted less than 6 months before the rating date is rated without a `Không xếp loại` reason.
 */
export const r4NotRated: Rule = {
  id: 'R4',
  severity: 'warning',
  check(context) {
    const findings: Finding[] = [];
    for (const year of ratingYears(context)) {
      const ratingDate = ratingDateOf(year.year, context.settings);
      for (const member of year.members) {
        const rating = member.finalRating;
        if (rating === undefined) continue;
        const { source } = member;
        const cell = addressOf(source, 'finalRating');
        const at = cellRef(source.sheet, cell);
        const reason = member.notRatedReason;
        if (isExemptFromRating(reason, year.year) && reason !== undefined) {
          const reasonAt = cellRef(source.sheet, addressOf(source, 'notRatedReason'));
          const reasonName = notRatedOptions[notRatedReasons.indexOf(reason)] ?? reason;
          findings.push(
            makeFinding('R4', 'warning', source.sheet, cell, {
              vi: `${at}: Đảng viên ${member.name} được ghi Không xếp loại «${reasonName}» (${reasonAt}) nhưng lại có Xếp loại ${ratingNames[rating].vi} năm ${year.year}. Xóa Xếp loại, hoặc xóa lý do không xếp loại nếu đảng viên thuộc diện được xếp loại.`,
              en: `${at}: member ${member.name} is marked not rated «${reasonName}» (${reasonAt}) yet has the rating ${ratingNames[rating].en} in ${year.year}. Clear the rating, or clear the reason if the member is to be rated.`,
            }),
          );
          continue;
        }
        const admitted = member.admissionDate;
        if (year.year < firstYearOfQd124 || reason !== undefined || admitted === undefined) continue;
        const sixMonths = addMonths(admitted, 6);
        if (compareDates(sixMonths, ratingDate) <= 0) continue;
        const admittedAt = cellRef(source.sheet, addressOf(source, 'admissionDate'));
        const reasonAt = cellRef(source.sheet, addressOf(source, 'notRatedReason'));
        findings.push(
          makeFinding('R4', 'warning', source.sheet, cell, {
            vi: `${at}: Đảng viên ${member.name} vào Đảng ngày ${formatDate(admitted)} (${admittedAt}), chưa đủ 6 tháng tính đến ${formatDate(ratingDate)}, nhưng được xếp loại ${ratingNames[rating].vi} năm ${year.year}. Đảng viên mới kết nạp dưới 6 tháng không xếp loại: ghi «Mới kết nạp» ở cột Không xếp loại (${reasonAt}) và xóa Xếp loại, hoặc sửa Ngày vào Đảng nếu nhập sai.`,
            en: `${at}: member ${member.name} was admitted on ${formatDate(admitted)} (${admittedAt}), less than 6 months before ${formatDate(ratingDate)}, yet is rated ${ratingNames[rating].en} in ${year.year}. Members admitted less than 6 months before are not rated: write «Mới kết nạp» in Không xếp loại (${reasonAt}) and clear the rating, or correct the admission date.`,
          }),
        );
      }
    }
    return findings;
  },
};
