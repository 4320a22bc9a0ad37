import type { Member, Organization } from '../model/types';
import { addressOf } from '../model/types';
import type { Finding } from '../findings';
import { cellRef, quote, ratingNames, rowList } from './labels';
import { ratingYears } from './rating-index';
import { makeFinding, type Rule } from './rule';

/** R10 (local rule, REGULATIONS.md §1.8; ⚙ Settings.excellentOrganizationRule): an excellent organization has no incomplete member. */
export const r10ExcellentOrganizationMembers: Rule = {
  id: 'R10',
  severity: 'warning',
  check(context) {
    if (!context.settings.excellentOrganizationRule) return [];
    const findings: Finding[] = [];
    for (const year of ratingYears(context)) {
      const incomplete = new Map<Organization, Member[]>();
      for (const member of year.members) {
        if (member.finalRating !== 'incomplete') continue;
        const organization = year.organization(member.organizationCode);
        if (organization === undefined) continue;
        for (const level of year.lineage(organization)) {
          const list = incomplete.get(level);
          if (list === undefined) incomplete.set(level, [member]);
          else list.push(member);
        }
      }
      for (const organization of year.organizations) {
        const members = incomplete.get(organization);
        const [first] = members ?? [];
        if (organization.finalRating !== 'excellent' || members === undefined || first === undefined) continue;
        if (year.organization(organization.code) !== organization) continue;
        const { source } = organization;
        const cell = addressOf(source, 'finalRating');
        const at = cellRef(source.sheet, cell);
        const firstAt = cellRef(first.source.sheet, addressOf(first.source, 'finalRating'));
        const rows = rowList(members.map((member) => member.source.row));
        findings.push(
          makeFinding('R10', 'warning', source.sheet, cell, {
            vi: `${at}: ${quote(organization.name)} được xếp loại ${ratingNames.excellent.vi} năm ${year.year} nhưng có ${members.length} đảng viên xếp loại ${ratingNames.incomplete.vi} (đầu tiên: ${first.name}, ${firstAt}; dòng ${rows.vi}). Theo quy định của địa phương, tổ chức có đảng viên không hoàn thành nhiệm vụ không xếp loại xuất sắc; xem lại xếp loại, hoặc tắt quy tắc này trong cài đặt nếu địa phương không áp dụng.`,
            en: `${at}: ${quote(organization.name)} is rated ${ratingNames.excellent.en} in ${year.year} but has ${members.length} members rated ${ratingNames.incomplete.en} (first: ${first.name}, ${firstAt}; rows ${rows.en}). Under the local rule such an organization is not rated excellent; review the rating, or turn this rule off in the settings where it does not apply.`,
          }),
        );
      }
    }
    return findings;
  },
};
