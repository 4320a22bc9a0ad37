import type { Member, Organization } from '../model/types';
import { addressOf, ratingRank } from '../model/types';
import type { Finding } from '../findings';
import { cellRef, quote, ratingNames } from './labels';
import { personKey, ratingYears, type YearIndex } from './rating-index';
import { makeFinding, type Rule } from './rule';

interface Headship {
  readonly member: Member;
  readonly organization: Organization;
  readonly bySecretary: boolean;
}

/**
 * The organization's `Bí thư` found among its members, the nearest first (a grassroots committee's secretary
 * is registered in one of its cells); two namesakes at the same distance are ambiguous and not guessed.
 */
function secretaries(year: YearIndex): Headship[] {
  const secretaryKeys = new Map(
    year.organizations.map((o) => [o, o.secretary === undefined ? undefined : personKey(o.secretary)] as const),
  );
  const nearest = new Map<Organization, { depth: number; members: Member[] }>();
  for (const member of year.members) {
    const own = year.organization(member.organizationCode);
    if (own === undefined) continue;
    const name = personKey(member.name);
    year.lineage(own).forEach((organization, depth) => {
      if (secretaryKeys.get(organization) !== name) return;
      const known = nearest.get(organization);
      if (known === undefined || depth < known.depth) nearest.set(organization, { depth, members: [member] });
      else if (depth === known.depth) known.members.push(member);
    });
  }
  const found: Headship[] = [];
  for (const [organization, { members }] of nearest) {
    const [member] = members;
    if (member !== undefined && members.length === 1) found.push({ member, organization, bySecretary: true });
  }
  return found;
}

/** R2: a head rated above the organization they lead (REGULATIONS.md §1.6). */
export const r2HeadAboveOrganization: Rule = {
  id: 'R2',
  severity: 'error',
  check(context) {
    const findings: Finding[] = [];
    for (const year of ratingYears(context)) {
      const headships = secretaries(year);
      const secretaryOfOwn = new Set(
        headships.filter((h) => h.organization === year.organization(h.member.organizationCode)).map((h) => h.member),
      );
      for (const member of year.members) {
        if (!member.head || secretaryOfOwn.has(member)) continue;
        const organization = year.organization(member.organizationCode);
        if (organization !== undefined) headships.push({ member, organization, bySecretary: false });
      }
      for (const { member, organization, bySecretary } of headships) {
        const mine = member.finalRating;
        const theirs = organization.finalRating;
        if (mine === undefined || theirs === undefined || ratingRank(mine) <= ratingRank(theirs)) continue;
        const cell = addressOf(member.source, 'finalRating');
        const at = cellRef(member.source.sheet, cell);
        const organizationAt = cellRef(organization.source.sheet, addressOf(organization.source, 'finalRating'));
        const role = bySecretary
          ? {
              where: cellRef(organization.source.sheet, addressOf(organization.source, 'secretary')),
              vi: 'là Bí thư của',
              en: 'is the secretary of',
            }
          : { where: cellRef(member.source.sheet, addressOf(member.source, 'head')), vi: 'là người đứng đầu', en: 'is the head of' };
        const led = `${quote(organization.name)} (${role.where})`;
        findings.push(
          makeFinding('R2', 'error', member.source.sheet, cell, {
            vi: `${at}: Đồng chí ${member.name} ${role.vi} ${led}, được xếp loại ${ratingNames[mine].vi}, cao hơn mức của tổ chức (${ratingNames[theirs].vi}, ${organizationAt}) năm ${year.year}. Mức xếp loại của người đứng đầu không được cao hơn tập thể do mình đứng đầu; hạ xuống tối đa ${ratingNames[theirs].vi} hoặc xem lại xếp loại của tổ chức.`,
            en: `${at}: ${member.name} ${role.en} ${led}, rated ${ratingNames[mine].en}, above the organization (${ratingNames[theirs].en}, ${organizationAt}) in ${year.year}. A head may not be rated above the collective they lead; lower the rating to at most ${ratingNames[theirs].en}, or review the organization's rating.`,
          }),
        );
      }
    }
    return findings;
  },
};
