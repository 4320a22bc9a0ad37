import { addressOf } from '../model/types';
import type { Finding } from '../findings';
import { compareDates, formatDate } from '../text/dates';
import { cellRef } from './labels';
import { makeFinding, type Message, type Rule } from './rule';

const documentDates: readonly { field: 'resolutionDate' | 'noticeDate'; name: Message }[] = [
  { field: 'resolutionDate', name: { vi: 'Ngày nghị quyết', en: 'the resolution date' } },
  { field: 'noticeDate', name: { vi: 'Ngày thông báo', en: 'the notice date' } },
];

/** C6: a document cannot be dated before the conference it records. */
export const c6DocumentDates: Rule = {
  id: 'C6',
  severity: 'error',
  check({ model }) {
    const findings: Finding[] = [];
    for (const conference of model.conferences) {
      const held = conference.date;
      if (held === undefined) continue;
      for (const { field, name } of documentDates) {
        const dated = conference[field];
        if (dated === undefined || compareDates(dated, held) >= 0) continue;
        const { source } = conference;
        const cell = addressOf(source, field);
        const at = cellRef(source.sheet, cell);
        const heldAt = cellRef(source.sheet, addressOf(source, 'date'));
        findings.push(
          makeFinding(
            'C6',
            'error',
            source.sheet,
            cell,
            {
              vi: `${at}: ${name.vi} ${formatDate(dated)} của hội nghị ${conference.code} trước Ngày họp ${formatDate(held)} (${heldAt}). Văn bản ban hành từ ngày họp trở đi; sửa ngày, ví dụ ${formatDate(held)}.`,
              en: `${at}: ${name.en} ${formatDate(dated)} of conference ${conference.code} is before the conference date ${formatDate(held)} (${heldAt}). Documents are issued on or after the conference date; correct it, e.g. ${formatDate(held)}.`,
            },
            formatDate(held),
          ),
        );
      }
    }
    return findings;
  },
};
