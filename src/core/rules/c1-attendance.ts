import { totalMembersOf } from '../model/conference';
import { addressOf } from '../model/types';
import type { Finding } from '../findings';
import { totalMembersPlace } from './conference-index';
import { cellRef } from './labels';
import { makeFinding, type Rule } from './rule';

/** C1: Có mặt > Tổng số ủy viên, or listed absentees + present ≠ total. */
export const c1Attendance: Rule = {
  id: 'C1',
  severity: 'error',
  check({ model }) {
    const findings: Finding[] = [];
    for (const conference of model.conferences) {
      const total = totalMembersOf(conference, model.unit);
      const present = conference.present;
      if (total === undefined || present === undefined) continue;
      const { source, code } = conference;
      const totalPlace = totalMembersPlace(conference, model);
      if (present > total) {
        const cell = addressOf(source, 'present');
        const at = cellRef(source.sheet, cell);
        findings.push(
          makeFinding('C1', 'error', source.sheet, cell, {
            vi: `${at}: Hội nghị ${code} ghi Có mặt ${present} đồng chí, nhiều hơn ${totalPlace.vi}. Sửa số Có mặt hoặc Tổng số ủy viên cho đúng.`,
            en: `${at}: conference ${code} records ${present} present, more than ${totalPlace.en}. Correct Có mặt or Tổng số ủy viên.`,
          }),
        );
        continue;
      }
      const absent = conference.absentees.length;
      if (absent > 0 && absent + present !== total) {
        const cell = addressOf(source, 'absentees');
        const at = cellRef(source.sheet, cell);
        const fewer = absent + present < total;
        findings.push(
          makeFinding('C1', 'error', source.sheet, cell, {
            vi: `${at}: Hội nghị ${code} có ${present} đồng chí có mặt và ${absent} đồng chí vắng mặt được liệt kê, cộng ${present + absent}, khác ${totalPlace.vi}. ${fewer ? 'Bổ sung người vắng mặt (họ tên - lý do, mỗi người một dòng)' : 'Bớt người vắng mặt bị ghi thừa'} hoặc sửa số Có mặt.`,
            en: `${at}: conference ${code} has ${present} present and ${absent} absentees listed, ${present + absent} together, not ${totalPlace.en}. ${fewer ? 'List the missing absentees (name - reason, one per line)' : 'Remove the absentees listed in excess'} or correct Có mặt.`,
          }),
        );
      }
    }
    return findings;
  },
};
