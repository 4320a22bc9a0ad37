import { codeKey } from '../model/conference';
import type { AgendaItem, Conclusion } from '../model/types';
import { addressOf } from '../model/types';
import type { Finding } from '../findings';
import { conferencesSheet, organizationsSheet } from '../workbook/contract';
import { conferenceIndex } from './conference-index';
import { cellRef } from './labels';
import { ratingIndex } from './rating-index';
import { makeFinding, type Rule } from './rule';

/**
 * V11: Mã hội nghị in `Nội dung`/`Kết luận`, Mã tổ chức in `Đảng viên` and `Trực thuộc` must name a row of the
 * target sheet (organizations: of the same year). An empty target sheet is S1's business, not every row's.
 */
export const v11References: Rule = {
  id: 'V11',
  severity: 'error',
  check({ model }) {
    const findings: Finding[] = [];
    if (model.conferences.length > 0) {
      const index = conferenceIndex(model);
      const target = conferencesSheet.name;
      const checkConference = (record: AgendaItem | Conclusion) => {
        if (index.conference(record.conferenceCode) !== undefined) return;
        const { source } = record;
        const cell = addressOf(source, 'conferenceCode');
        const at = cellRef(source.sheet, cell);
        findings.push(
          makeFinding('V11', 'error', source.sheet, cell, {
            vi: `${at}: Mã hội nghị ${record.conferenceCode} không có trong sheet «${target}». Sửa cho đúng mã của hội nghị, hoặc thêm hội nghị đó vào sheet «${target}».`,
            en: `${at}: conference code ${record.conferenceCode} is not in sheet «${target}». Correct the code, or add the conference to «${target}».`,
          }),
        );
      };
      model.agendaItems.forEach(checkConference);
      model.conclusions.forEach(checkConference);
    }
    if (model.organizations.length > 0) {
      const ratings = ratingIndex(model);
      const target = organizationsSheet.name;
      for (const member of model.members) {
        if (ratings.year(member.year).organization(member.organizationCode) !== undefined) continue;
        const { source } = member;
        const cell = addressOf(source, 'organizationCode');
        const at = cellRef(source.sheet, cell);
        findings.push(
          makeFinding('V11', 'error', source.sheet, cell, {
            vi: `${at}: Mã tổ chức ${member.organizationCode} của đảng viên ${member.name} không có trong sheet «${target}» năm ${member.year}. Sửa mã cho đúng, hoặc thêm tổ chức đó cho năm ${member.year}.`,
            en: `${at}: organization code ${member.organizationCode} of member ${member.name} is not in sheet «${target}» for ${member.year}. Correct the code, or add that organization for ${member.year}.`,
          }),
        );
      }
      for (const organization of model.organizations) {
        if (organization.parentCode === undefined) continue;
        const isSelf = codeKey(organization.parentCode) === codeKey(organization.code);
        if (!isSelf && ratings.year(organization.year).organization(organization.parentCode) !== undefined) continue;
        const { source } = organization;
        const cell = addressOf(source, 'parentCode');
        const at = cellRef(source.sheet, cell);
        const problem =
          isSelf
            ? { vi: 'là chính mã của tổ chức này', en: 'is the organization’s own code' }
            : { vi: `không có trong sheet «${target}» năm ${organization.year}`, en: `is not in sheet «${target}» for ${organization.year}` };
        findings.push(
          makeFinding('V11', 'error', source.sheet, cell, {
            vi: `${at}: Trực thuộc ${organization.parentCode} của ${organization.name} ${problem.vi}. Ghi Mã tổ chức của tổ chức cấp trên (đảng bộ cơ sở hoặc đảng bộ bộ phận), hoặc để trống.`,
            en: `${at}: Trực thuộc ${organization.parentCode} of ${organization.name} ${problem.en}. Enter the Mã tổ chức of the parent organization, or leave it empty.`,
          }),
        );
      }
    }
    return findings;
  },
};
