import { codeKey } from '../model/conference';
import type { Member, Organization } from '../model/types';
import { addressOf } from '../model/types';
import type { Finding } from '../findings';
import type { Settings } from '../settings';
import { foldKey } from '../text/normalize';
import { formatPercent } from '../text/format';
import { cellRef, quote, ratingNames, rowList } from './labels';
import { ratingYears } from './rating-index';
import { makeFinding, type Message, type Rule } from './rule';

// 0.2 × 35 is 7.000000000000001 in binary floating point; without the tolerance ceil would give 8.
const epsilon = 1e-9;

/** The most records a quota group may rate excellent (REGULATIONS.md §1.5; ⚙ threshold and rounding). */
export function excellentLimit(goodCount: number, settings: Settings): number {
  const raw = goodCount * settings.excellentQuota;
  if (settings.quotaRounding === 'ceil') return Math.ceil(raw - epsilon);
  if (settings.quotaRounding === 'round') return Math.round(raw + epsilon);
  return Math.floor(raw + epsilon);
}

interface QuotaGroup<T> {
  readonly name: Message;
  readonly excellent: T[];
  good: number;
}

function tally<T extends Member | Organization, K>(groups: Map<K, QuotaGroup<T>>, key: K, name: () => Message, record: T): void {
  if (record.finalRating !== 'excellent' && record.finalRating !== 'good') return;
  let group = groups.get(key);
  if (group === undefined) {
    group = { name: name(), excellent: [], good: 0 };
    groups.set(key, group);
  }
  if (record.finalRating === 'excellent') group.excellent.push(record);
  else group.good += 1;
}

/** R1: count(excellent) > limit(count(good)) per grassroots organization (members) and per `Nhóm` (organizations). */
export const r1ExcellentQuota: Rule = {
  id: 'R1',
  severity: 'error',
  check(context) {
    const { settings } = context;
    const findings: Finding[] = [];
    for (const year of ratingYears(context)) {
      const memberGroups = new Map<Organization | string, QuotaGroup<Member>>();
      for (const member of year.members) {
        const organization = year.organization(member.organizationCode);
        const grassroots = organization === undefined ? undefined : year.grassrootsOf(organization);
        const key = grassroots ?? codeKey(member.organizationCode);
        const name = (): Message =>
          grassroots === undefined
            ? { vi: `Tổ chức mã ${member.organizationCode}`, en: `organization code ${member.organizationCode}` }
            : { vi: `Tổ chức cơ sở đảng ${quote(grassroots.name)}`, en: `grassroots organization ${quote(grassroots.name)}` };
        tally(memberGroups, key, name, member);
      }
      const organizationGroups = new Map<string, QuotaGroup<Organization>>();
      for (const organization of year.organizations) {
        const name = (): Message => ({ vi: `Nhóm ${quote(organization.group)}`, en: `group ${quote(organization.group)}` });
        tally(organizationGroups, foldKey(organization.group), name, organization);
      }
      const noun = { member: { vi: 'đảng viên', en: 'members' }, organization: { vi: 'tổ chức', en: 'organizations' } };
      for (const group of memberGroups.values()) findings.push(...overQuota(group, noun.member, year.year, settings));
      for (const group of organizationGroups.values()) findings.push(...overQuota(group, noun.organization, year.year, settings));
    }
    return findings;
  },
};

function overQuota<T extends Member | Organization>(group: QuotaGroup<T>, noun: Message, year: number, settings: Settings): Finding[] {
  const limit = excellentLimit(group.good, settings);
  const first = group.excellent[0];
  if (first === undefined || group.excellent.length <= limit) return [];
  const count = group.excellent.length;
  const { source } = first;
  const cell = addressOf(source, 'finalRating');
  const at = cellRef(source.sheet, cell);
  const rows = rowList(group.excellent.map((record) => record.source.row));
  const quota = formatPercent(settings.excellentQuota);
  const excess = count - limit;
  return [
    makeFinding('R1', settings.quotaSeverity, source.sheet, cell, {
      vi: `${at}: ${group.name.vi} (năm ${year}) có ${count} ${noun.vi} xếp loại ${ratingNames.excellent.vi}, vượt giới hạn ${quota} số ${ratingNames.good.vi} (${group.good} → tối đa ${limit}). Các dòng xếp loại xuất sắc: ${rows.vi}. Cần giảm ${excess} ${noun.vi} xuống mức thấp hơn, hoặc ghi nhận ý kiến của cấp có thẩm quyền nếu được vượt tỷ lệ.`,
      en: `${at}: ${group.name.en} (year ${year}) has ${count} ${noun.en} rated ${ratingNames.excellent.en}, above the limit of ${quota} of those rated ${ratingNames.good.en} (${group.good} → at most ${limit}). Rows rated excellent: ${rows.en}. Lower ${excess} of them, or record the competent level's exception.`,
    }),
  ];
}
