import type { Discipline, Member, Organization } from '../model/types';
import { addressOf, disciplines } from '../model/types';
import { disciplineOptions } from '../workbook/contract';
import type { Finding } from '../findings';
import { cellRef, isMember, ratingNames, subjectOf } from './labels';
import { ratingYears } from './rating-index';
import { makeFinding, type Message, type Rule } from './rule';

function disciplineName(discipline: Discipline): string {
  return disciplineOptions[disciplines.indexOf(discipline)] ?? discipline;
}

function disciplineOf(record: Member | Organization): Message | undefined {
  if (isMember(record)) {
    if (record.discipline === undefined) return undefined;
    const place = cellRef(record.source.sheet, addressOf(record.source, 'discipline'));
    return { vi: `bị kỷ luật ${disciplineName(record.discipline)} trong năm (${place})`, en: `was disciplined (${disciplineName(record.discipline)}) in the year (${place})` };
  }
  if (!record.disciplined) return undefined;
  const place = cellRef(record.source.sheet, addressOf(record.source, 'disciplined'));
  return { vi: `có tổ chức trực thuộc hoặc cán bộ lãnh đạo bị kỷ luật trong năm (${place})`, en: `had a subordinate organization or leadership member disciplined in the year (${place})` };
}

/**
 * R3 (REGULATIONS.md §1.7): disciplined and not self-discovered/remedied → only incomplete;
 * self-discovered and remedied → anything but excellent.
 */
export const r3Discipline: Rule = {
  id: 'R3',
  severity: 'error',
  check(context) {
    const findings: Finding[] = [];
    for (const year of ratingYears(context)) {
      const check = (record: Member | Organization) => {
        const rating = record.finalRating;
        const discipline = disciplineOf(record);
        if (rating === undefined || discipline === undefined) return;
        const remedied = record.selfRemedied;
        if (remedied ? rating !== 'excellent' : rating === 'incomplete') return;
        const cell = addressOf(record.source, 'finalRating');
        const at = cellRef(record.source.sheet, cell);
        const subject = subjectOf(record);
        const remediedAt = cellRef(record.source.sheet, addressOf(record.source, 'selfRemedied'));
        const message: Message = remedied
          ? {
              vi: `${at}: ${subject.vi} ${discipline.vi}, đã tự phát hiện và khắc phục (${remediedAt}), nhưng được xếp loại ${ratingNames.excellent.vi} năm ${year.year}. Trường hợp này chỉ được xếp loại từ ${ratingNames.good.vi} trở xuống.`,
              en: `${at}: ${subject.en} ${discipline.en}, self-discovered and remedied (${remediedAt}), yet is rated ${ratingNames.excellent.en} in ${year.year}. Such a case can be rated ${ratingNames.good.en} at most.`,
            }
          : {
              vi: `${at}: ${subject.vi} ${discipline.vi} nhưng được xếp loại ${ratingNames[rating].vi} năm ${year.year}. Trường hợp bị kỷ luật mà không tự phát hiện, khắc phục thì xếp loại ${ratingNames.incomplete.vi}; sửa Xếp loại, hoặc đánh dấu x ở cột Tự phát hiện, khắc phục (${remediedAt}) nếu đúng như vậy.`,
              en: `${at}: ${subject.en} ${discipline.en} yet is rated ${ratingNames[rating].en} in ${year.year}. A disciplined case that was not self-discovered and remedied is rated ${ratingNames.incomplete.en}; correct the rating, or mark x in Tự phát hiện, khắc phục (${remediedAt}) if that is the case.`,
            };
        findings.push(
          remedied
            ? makeFinding('R3', 'error', record.source.sheet, cell, message)
            : makeFinding('R3', 'error', record.source.sheet, cell, message, ratingNames.incomplete.vi),
        );
      };
      year.members.forEach(check);
      year.organizations.forEach(check);
    }
    return findings;
  },
};
