import type { Conference } from '../model/types';
import { addressOf } from '../model/types';
import type { Finding } from '../findings';
import { cellRef, documentNumber } from './labels';
import { makeFinding, type Message, type Rule } from './rule';

const documentTypes: readonly { field: 'resolutionNumber' | 'noticeNumber' | 'minutesNumber'; code: string; name: Message }[] = [
  { field: 'resolutionNumber', code: 'NQ', name: { vi: 'Số nghị quyết', en: 'resolution number' } },
  { field: 'noticeNumber', code: 'TB', name: { vi: 'Số thông báo', en: 'notice number' } },
  { field: 'minutesNumber', code: 'BB', name: { vi: 'Số biên bản', en: 'minutes number' } },
];

/**
 * C5: numbers run per document type within the term (REGULATIONS.md §3); every conference of the workbook
 * belongs to the unit's term, and the standing board numbers with the committee, so one space per type.
 */
export const c5DocumentNumbers: Rule = {
  id: 'C5',
  severity: 'error',
  check({ model }) {
    const findings: Finding[] = [];
    for (const { field, code: type, name } of documentTypes) {
      const first = new Map<number, Conference>();
      let highest = 0;
      for (const conference of model.conferences) highest = Math.max(highest, conference[field] ?? 0);
      for (const conference of model.conferences) {
        const number = conference[field];
        if (number === undefined) continue;
        const owner = first.get(number);
        if (owner === undefined) {
          first.set(number, conference);
          continue;
        }
        const { source } = conference;
        const cell = addressOf(source, field);
        const at = cellRef(source.sheet, cell);
        const taken = cellRef(owner.source.sheet, addressOf(owner.source, field));
        const symbol = `${documentNumber(number)}-${type}`;
        highest += 1;
        findings.push(
          makeFinding(
            'C5',
            'error',
            source.sheet,
            cell,
            {
              vi: `${at}: Hội nghị ${conference.code} dùng ${name.vi} ${documentNumber(number)} (${symbol}), đã dùng cho hội nghị ${owner.code} (${taken}). Số văn bản đánh liên tục theo từng loại trong nhiệm kỳ; dùng số chưa dùng, ví dụ ${documentNumber(highest)}.`,
              en: `${at}: conference ${conference.code} uses ${name.en} ${documentNumber(number)} (${symbol}), already used by conference ${owner.code} (${taken}). Numbers run per document type within the term; use an unused one, e.g. ${documentNumber(highest)}.`,
            },
            String(highest),
          ),
        );
      }
    }
    return findings;
  },
};
