import { minimumPresent, quorumOf, totalMembersOf } from '../model/conference';
import { addressOf } from '../model/types';
import type { Finding } from '../findings';
import { totalMembersPlace } from './conference-index';
import { cellRef, formatFraction } from './labels';
import { makeFinding, type Rule } from './rule';

/** C2: Có mặt below the working-rule quorum (REGULATIONS.md §2; ⚙ Settings.quorum or `Đơn vị`). */
export const c2Quorum: Rule = {
  id: 'C2',
  severity: 'warning',
  check({ model, settings }) {
    const findings: Finding[] = [];
    const quorum = quorumOf(model.unit, settings);
    for (const conference of model.conferences) {
      const total = totalMembersOf(conference, model.unit);
      const present = conference.present;
      if (total === undefined || present === undefined) continue;
      const needed = minimumPresent(total, quorum);
      if (present >= needed) continue;
      const { source, code } = conference;
      const cell = addressOf(source, 'present');
      const at = cellRef(source.sheet, cell);
      const totalPlace = totalMembersPlace(conference, model);
      const ratio = formatFraction(quorum);
      findings.push(
        makeFinding('C2', 'warning', source.sheet, cell, {
          vi: `${at}: Hội nghị ${code} có ${present} đồng chí có mặt, dưới tỷ lệ tối thiểu ${ratio} của ${totalPlace.vi} (cần ít nhất ${needed}). Kiểm tra số Có mặt; nếu đúng, hội nghị chưa đủ số lượng theo quy chế làm việc.`,
          en: `${at}: conference ${code} has ${present} present, below the quorum of ${ratio} of ${totalPlace.en} (at least ${needed} needed). Check Có mặt; if it is right, the conference lacked the quorum of the working rules.`,
        }),
      );
    }
    return findings;
  },
};
