import { addressOf } from '../model/types';
import type { Finding } from '../findings';
import { conferenceIndex } from './conference-index';
import { cellRef, quote } from './labels';
import { makeFinding, type Rule } from './rule';

/** C4: Tán thành + Không tán thành + Không biểu quyết > Có mặt. */
export const c4VoteCount: Rule = {
  id: 'C4',
  severity: 'error',
  check({ model }) {
    const findings: Finding[] = [];
    const index = conferenceIndex(model);
    for (const item of model.agendaItems) {
      const { votesFor, votesAgainst, abstentions } = item;
      if (votesFor === undefined && votesAgainst === undefined && abstentions === undefined) continue;
      const present = index.conference(item.conferenceCode)?.present;
      if (present === undefined) continue;
      const cast = (votesFor ?? 0) + (votesAgainst ?? 0) + (abstentions ?? 0);
      if (cast <= present) continue;
      const cell = addressOf(item.source, 'votesFor');
      const at = cellRef(item.source.sheet, cell);
      findings.push(
        makeFinding('C4', 'error', item.source.sheet, cell, {
          vi: `${at}: Nội dung ${quote(item.content)} có ${votesFor ?? 0} tán thành + ${votesAgainst ?? 0} không tán thành + ${abstentions ?? 0} không biểu quyết = ${cast}, nhiều hơn ${present} đồng chí có mặt tại hội nghị ${item.conferenceCode}. Sửa số phiếu hoặc số Có mặt.`,
          en: `${at}: item ${quote(item.content)} has ${votesFor ?? 0} for + ${votesAgainst ?? 0} against + ${abstentions ?? 0} abstaining = ${cast}, more than the ${present} present at conference ${item.conferenceCode}. Correct the votes or Có mặt.`,
        }),
      );
    }
    return findings;
  },
};
