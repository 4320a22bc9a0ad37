import { addressOf } from '../model/types';
import type { Finding } from '../findings';
import { formatDate } from '../text/dates';
import { cellRef } from './labels';
import { makeFinding, type Rule } from './rule';

/** C8: a conference dated outside the term in `Đơn vị` (both end years belong to the term). */
export const c8TermDates: Rule = {
  id: 'C8',
  severity: 'warning',
  check({ model }) {
    const term = model.unit?.term;
    if (model.unit === undefined || term === undefined) return [];
    const termAt = cellRef(model.unit.sheet, model.unit.cells.term ?? '');
    const termText = `${term.startYear} - ${term.endYear}`;
    const findings: Finding[] = [];
    for (const conference of model.conferences) {
      const held = conference.date;
      if (held === undefined || (held.year >= term.startYear && held.year <= term.endYear)) continue;
      const { source } = conference;
      const cell = addressOf(source, 'date');
      const at = cellRef(source.sheet, cell);
      findings.push(
        makeFinding('C8', 'warning', source.sheet, cell, {
          vi: `${at}: Ngày họp ${formatDate(held)} của hội nghị ${conference.code} nằm ngoài nhiệm kỳ ${termText} (${termAt}). Kiểm tra năm của ngày họp, hoặc Nhiệm kỳ trong sheet «${model.unit.sheet}».`,
          en: `${at}: the date ${formatDate(held)} of conference ${conference.code} lies outside the term ${termText} (${termAt}). Check the year of the date, or Nhiệm kỳ in sheet «${model.unit.sheet}».`,
        }),
      );
    }
    return findings;
  },
};
