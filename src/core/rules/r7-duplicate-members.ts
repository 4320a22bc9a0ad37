import type { Member } from '../model/types';
import { addressOf } from '../model/types';
import type { Finding } from '../findings';
import { formatDate } from '../text/dates';
import { cellRef } from './labels';
import { personKey, ratingYears } from './rating-index';
import { makeFinding, type Rule } from './rule';

function cardKey(card: string | undefined): string | undefined {
  const key = card?.normalize('NFC').toUpperCase().replace(/[\s.]+/g, '');
  return key === '' ? undefined : key;
}

/** R7: a member listed twice in one year: same Số thẻ đảng viên, or same name and birth date with no conflicting card. */
export const r7DuplicateMembers: Rule = {
  id: 'R7',
  severity: 'error',
  check(context) {
    const findings: Finding[] = [];
    for (const year of ratingYears(context)) {
      const byCard = new Map<string, Member>();
      const byNameAndBirth = new Map<string, Member[]>();
      for (const member of year.members) {
        const { source } = member;
        const card = cardKey(member.cardNumber);
        const sameCard = card === undefined ? undefined : byCard.get(card);
        if (card !== undefined && sameCard === undefined) byCard.set(card, member);
        if (sameCard !== undefined) {
          const cell = addressOf(source, 'cardNumber');
          const at = cellRef(source.sheet, cell);
          const firstAt = cellRef(sameCard.source.sheet, addressOf(sameCard.source, 'cardNumber'));
          findings.push(
            makeFinding('R7', 'error', source.sheet, cell, {
              vi: `${at}: Số thẻ đảng viên ${member.cardNumber ?? ''} của ${member.name} trùng với ${sameCard.name} (${firstAt}) trong năm ${year.year}. Mỗi đảng viên chỉ có một dòng trong một năm; xóa dòng lặp hoặc sửa số thẻ.`,
              en: `${at}: party card ${member.cardNumber ?? ''} of ${member.name} is also that of ${sameCard.name} (${firstAt}) in ${year.year}. Each member has one row per year; delete the repeated row or correct the card number.`,
            }),
          );
          continue;
        }
        if (member.birthDate === undefined) continue;
        const key = `${personKey(member.name)}|${formatDate(member.birthDate)}`;
        const namesakes = byNameAndBirth.get(key);
        if (namesakes === undefined) {
          byNameAndBirth.set(key, [member]);
          continue;
        }
        // Namesakes born the same day are few; different card numbers mean different people.
        const same = namesakes.find((other) => card === undefined || cardKey(other.cardNumber) === undefined);
        namesakes.push(member);
        if (same === undefined) continue;
        const cell = addressOf(source, 'name');
        const at = cellRef(source.sheet, cell);
        const firstAt = cellRef(same.source.sheet, addressOf(same.source, 'name'));
        findings.push(
          makeFinding('R7', 'error', source.sheet, cell, {
            vi: `${at}: Đảng viên ${member.name}, sinh ngày ${formatDate(member.birthDate)}, đã có ở ${firstAt} trong năm ${year.year}. Xóa dòng lặp; nếu là hai người khác nhau, ghi Số thẻ đảng viên của từng người.`,
            en: `${at}: member ${member.name}, born ${formatDate(member.birthDate)}, is already listed at ${firstAt} in ${year.year}. Delete the repeated row; if they are two people, enter each one's party card number.`,
          }),
        );
      }
    }
    return findings;
  },
};
