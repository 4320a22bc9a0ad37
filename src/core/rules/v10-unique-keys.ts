import { codeKey } from '../model/conference';
import type { Conference, Organization } from '../model/types';
import { addressOf } from '../model/types';
import type { Finding } from '../findings';
import { cellRef } from './labels';
import { makeFinding, type Rule } from './rule';

/** V10: Mã hội nghị unique; Mã tổ chức unique within a rating year (duplicate members are R7). */
export const v10UniqueKeys: Rule = {
  id: 'V10',
  severity: 'error',
  check({ model }) {
    const findings: Finding[] = [];
    const conferences = new Map<string, Conference>();
    for (const conference of model.conferences) {
      const key = codeKey(conference.code);
      const first = conferences.get(key);
      if (first === undefined) {
        conferences.set(key, conference);
        continue;
      }
      const { source } = conference;
      const cell = addressOf(source, 'code');
      const at = cellRef(source.sheet, cell);
      const firstAt = cellRef(first.source.sheet, addressOf(first.source, 'code'));
      findings.push(
        makeFinding('V10', 'error', source.sheet, cell, {
          vi: `${at}: Mã hội nghị ${conference.code} đã dùng ở ${firstAt}. Mỗi hội nghị cần một mã riêng (ví dụ BCH-03, BTV-12); đổi mã và sửa các dòng Nội dung, Kết luận đi kèm.`,
          en: `${at}: conference code ${conference.code} is already used at ${firstAt}. Each conference needs its own code (e.g. BCH-03, BTV-12); change it and the matching Nội dung and Kết luận rows.`,
        }),
      );
    }
    const organizations = new Map<string, Organization>();
    for (const organization of model.organizations) {
      const key = `${organization.year}|${codeKey(organization.code)}`;
      const first = organizations.get(key);
      if (first === undefined) {
        organizations.set(key, organization);
        continue;
      }
      const { source } = organization;
      const cell = addressOf(source, 'code');
      const at = cellRef(source.sheet, cell);
      const firstAt = cellRef(first.source.sheet, addressOf(first.source, 'code'));
      findings.push(
        makeFinding('V10', 'error', source.sheet, cell, {
          vi: `${at}: Mã tổ chức ${organization.code} của năm ${organization.year} đã dùng cho ${first.name} (${firstAt}). Trong một năm mỗi tổ chức có một mã riêng; đổi mã hoặc xóa dòng lặp.`,
          en: `${at}: organization code ${organization.code} for ${organization.year} is already used by ${first.name} (${firstAt}). Within a year each organization has its own code; change it or delete the repeated row.`,
        }),
      );
    }
    return findings;
  },
};
