import { isAdopted, majorityOf, totalMembersOf } from '../model/conference';
import { addressOf } from '../model/types';
import type { Finding } from '../findings';
import { conferenceIndex, totalMembersPlace } from './conference-index';
import { cellRef, quote } from './labels';
import { makeFinding, type Rule } from './rule';

// Word boundaries matter (foldKey drops spaces and would find "thông qua" inside "thông quan").
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

const adoptedWords = /\b(thong qua|thong nhat|nhat tri)\b/;
const rejectedWords = /\b(khong|chua)( duoc)? (thong qua|thong nhat|nhat tri)\b|\bbac bo\b/;

/** The decision says the item was adopted; a decision that says it was rejected does not claim adoption. */
export function decisionClaims(decision: string): 'adopted' | 'rejected' | 'listed' {
  const folded = fold(decision);
  if (rejectedWords.test(folded)) return 'rejected';
  return adoptedWords.test(folded) ? 'adopted' : 'listed';
}

/** C3: a vote or election with Tán thành ≤ half of all incumbent members whose decision would be listed as adopted (Điều lệ Điều 10 khoản 5). */
export const c3Majority: Rule = {
  id: 'C3',
  severity: 'error',
  check({ model }) {
    const findings: Finding[] = [];
    const index = conferenceIndex(model);
    for (const item of model.agendaItems) {
      if (item.kind !== 'vote' && item.kind !== 'election') continue;
      const decision = item.decision?.trim() ?? '';
      if (item.votesFor === undefined || decision === '') continue;
      const conference = index.conference(item.conferenceCode);
      if (conference === undefined) continue;
      const total = totalMembersOf(conference, model.unit);
      if (total === undefined || isAdopted(item.votesFor, total)) continue;
      const claim = decisionClaims(decision);
      if (claim === 'rejected') continue;
      const cell = addressOf(item.source, 'votesFor');
      const at = cellRef(item.source.sheet, cell);
      const totalPlace = totalMembersPlace(conference, model);
      const needed = majorityOf(total);
      const why =
        claim === 'adopted'
          ? { vi: 'nhưng Quyết nghị ghi là đã thông qua', en: 'yet its Quyết nghị says it was adopted' }
          : { vi: 'nhưng có Quyết nghị nên sẽ được đưa vào nghị quyết như đã thông qua', en: 'yet it has a Quyết nghị, so the resolution would list it as adopted' };
      findings.push(
        makeFinding('C3', 'error', item.source.sheet, cell, {
          vi: `${at}: Nội dung ${quote(item.content)} (hội nghị ${conference.code}) có ${item.votesFor} phiếu tán thành, không quá một nửa ${totalPlace.vi}, ${why.vi}. Quyết định chỉ được thông qua khi trên một nửa tổng số ủy viên đương nhiệm tán thành (cần ít nhất ${needed}; Điều lệ Đảng, Điều 10). Kiểm tra lại số phiếu, hoặc ghi rõ "không thông qua" trong Quyết nghị.`,
          en: `${at}: item ${quote(item.content)} (conference ${conference.code}) has ${item.votesFor} votes for, not more than half of ${totalPlace.en}, ${why.en}. A decision is adopted only when more than half of all incumbent members vote for it (at least ${needed}; Party Statute, Article 10). Check the votes, or state "không thông qua" in Quyết nghị.`,
        }),
      );
    }
    return findings;
  },
};
