import { addressOf } from '../model/types';
import type { Finding } from '../findings';
import { agendaItemsSheet } from '../workbook/contract';
import { conferenceIndex } from './conference-index';
import { cellRef } from './labels';
import { makeFinding, type Rule } from './rule';

/** C7: a conference with no rows in `Nội dung` would give an empty resolution and minutes. */
export const c7EmptyAgenda: Rule = {
  id: 'C7',
  severity: 'warning',
  check({ model }) {
    const findings: Finding[] = [];
    const index = conferenceIndex(model);
    for (const conference of model.conferences) {
      if (index.itemsOf(conference.code).length > 0) continue;
      const { source } = conference;
      const cell = addressOf(source, 'code');
      const at = cellRef(source.sheet, cell);
      const sheet = agendaItemsSheet.name;
      findings.push(
        makeFinding('C7', 'warning', source.sheet, cell, {
          vi: `${at}: Hội nghị ${conference.code} chưa có nội dung nào trong sheet «${sheet}», nên nghị quyết và biên bản sẽ trống. Thêm các dòng nội dung với Mã hội nghị ${conference.code}.`,
          en: `${at}: conference ${conference.code} has no agenda items in sheet «${sheet}», so its resolution and minutes would be empty. Add rows with Mã hội nghị ${conference.code}.`,
        }),
      );
    }
    return findings;
  },
};
