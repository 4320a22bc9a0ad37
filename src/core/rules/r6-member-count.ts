import type { Organization } from '../model/types';
import { addressOf } from '../model/types';
import type { Finding } from '../findings';
import { membersSheet } from '../workbook/contract';
import { cellRef, quote } from './labels';
import { ratingYears } from './rating-index';
import { makeFinding, type Rule } from './rule';

/** R6: `Tổng số đảng viên` differs from the members listed under the organization and the organizations below it. */
export const r6MemberCount: Rule = {
  id: 'R6',
  severity: 'warning',
  check(context) {
    const findings: Finding[] = [];
    for (const year of ratingYears(context)) {
      // A year with no member rows has nothing to cross-check against.
      if (year.members.length === 0) continue;
      const counts = new Map<Organization, number>();
      for (const member of year.members) {
        const organization = year.organization(member.organizationCode);
        if (organization === undefined) continue;
        for (const level of year.lineage(organization)) counts.set(level, (counts.get(level) ?? 0) + 1);
      }
      for (const organization of year.organizations) {
        const declared = organization.memberCount;
        if (declared === undefined || year.organization(organization.code) !== organization) continue;
        const listed = counts.get(organization) ?? 0;
        if (listed === declared) continue;
        const { source } = organization;
        const cell = addressOf(source, 'memberCount');
        const at = cellRef(source.sheet, cell);
        findings.push(
          makeFinding(
            'R6',
            'warning',
            source.sheet,
            cell,
            {
              vi: `${at}: ${quote(organization.name)} ghi Tổng số đảng viên ${declared}, nhưng sheet «${membersSheet.name}» năm ${year.year} có ${listed} đảng viên thuộc tổ chức này (kể cả các tổ chức trực thuộc). Sửa thành ${listed}, hoặc bổ sung, sửa Mã tổ chức của đảng viên cho đúng.`,
              en: `${at}: ${quote(organization.name)} declares ${declared} members, but sheet «${membersSheet.name}» lists ${listed} for it in ${year.year} (its subordinate organizations included). Change it to ${listed}, or complete the list and correct the members' Mã tổ chức.`,
            },
            String(listed),
          ),
        );
      }
    }
    return findings;
  },
};
