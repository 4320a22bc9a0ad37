// Nghị quyết hội nghị (domain/FORMAT.md "Conference-specific skeletons").
import { isAdopted as hasMajority, totalMembersOf } from '../model/conference';
import type { AgendaItem, Conference, Unit } from '../model/types';
import { dateInWords } from '../text/dates';
import { percentOf } from '../text/format';
import { ordinalWords } from '../text/number-words';
import {
  attendance,
  bodyName,
  bodyOfCommittee,
  bodyOfShortName,
  chairsSentence,
  committeeShortName,
  documentNumber,
  headerData,
  lowerFirst,
  recipientLines,
  sentence,
  signatureFor,
  termText,
  upperFirst,
} from './common';
import type { ResolutionData } from './template-data';

export function isVote(item: AgendaItem): boolean {
  return item.kind === 'vote' || item.kind === 'election';
}

/** Adopted: more than half of all incumbent members voted for it (Điều lệ Đảng Điều 10 khoản 5; rule C3). */
export function isAdopted(item: AgendaItem, total: number | undefined): boolean {
  if (!isVote(item)) return item.decision !== undefined;
  if (item.votesFor === undefined || total === undefined) return false;
  return hasMajority(item.votesFor, total);
}

/** "30/34 đồng chí tán thành, đạt 88,24%"; ballots for an election: "29/34 phiếu tán thành, đạt 85,29%". */
export function voteResult(item: AgendaItem, total: number | undefined): string {
  const votesFor = item.votesFor ?? 0;
  const unit = item.kind === 'election' ? 'phiếu' : 'đồng chí';
  if (total === undefined) return `${votesFor} ${unit} tán thành`;
  return `${votesFor}/${total} ${unit} tán thành, đạt ${percentOf(votesFor, total)}`;
}

/** A decision typed with its result already ("… với 29/34 phiếu tán thành") is not given it twice. */
function mentionsResult(text: string, item: AgendaItem, total: number | undefined): boolean {
  if (/(đồng chí|phiếu)\s+tán thành/iu.test(text)) return true;
  return total !== undefined && item.votesFor !== undefined && new RegExp(`(^|\\D)${item.votesFor}\\s*/\\s*${total}(\\D|$)`, 'u').test(text);
}

// Agenda lines open with the verb the lead already says ("Thảo luận dự thảo …" after "đã nghe, thảo luận:").
const heardVerb = /^(?:nghe(?:\s+và)?(?:\s*,?\s*thảo luận)?|thảo luận(?:\s*(?:,|và)\s*cho ý kiến)?|cho ý kiến|góp ý)(?:\s+(?:vào|về))?\s+/iu;

/** "Thảo luận dự thảo Báo cáo chính trị" → "dự thảo Báo cáo chính trị": what was heard or discussed. */
export function heardSubject(content: string): string {
  const trimmed = content.trim().replace(/[.;,:]+$/u, '');
  const subject = trimmed.replace(heardVerb, '');
  return subject === '' ? trimmed : subject;
}

// "Xem xét, thông qua Quy chế" would read "Thống nhất thông qua xem xét, thông qua Quy chế".
const decisionVerb = /^(?:xem xét\s*,?\s*)?(?:biểu quyết\s+)?(?:thống nhất\s+)?(?:thông qua\s+)?/iu;

/** The decision of an adopted item the workbook gives no wording for. */
export function adoptedWording(item: AgendaItem): string {
  const content = item.content.trim();
  const stripped = content.replace(decisionVerb, '');
  // After a stripped verb the typed case is meant ("Thông qua Quy chế …"); a bare noun phrase goes lower case.
  const subject = stripped === content || stripped === '' ? lowerFirst(content) : stripped;
  return item.kind === 'election' ? `Thống nhất kết quả ${subject}` : `Thống nhất thông qua ${subject}`;
}

/** "Hội nghị Ban Chấp hành Đảng bộ … lần thứ hai, nhiệm kỳ 2025 – 2030" */
export function conferenceTitle(conference: Conference, unit: Unit): string {
  const number = conference.number === undefined ? '' : ` lần thứ ${ordinalWords(conference.number)}`;
  const term = termText(unit);
  return `Hội nghị ${bodyOfCommittee(conference.body, unit)}${number}${term === '' ? '' : `, nhiệm kỳ ${term}`}`;
}

/** "Ngày 10 tháng 12 năm 2025, tại …, Ban Chấp hành … tổ chức Hội nghị lần thứ hai." */
export function conferenceIntro(conference: Conference, unit: Unit): string {
  const when = conference.date === undefined ? '' : `${upperFirst(dateInWords(conference.date))}, `;
  const where = conference.venue === undefined ? '' : `tại ${conference.venue}, `;
  const number = conference.number === undefined ? '' : ` lần thứ ${ordinalWords(conference.number)}`;
  return `${when}${where}${bodyOfCommittee(conference.body, unit)} tổ chức Hội nghị${number}.`;
}

export function buildResolution(
  conference: Conference,
  items: readonly AgendaItem[],
  unit: Unit,
): ResolutionData {
  const total = totalMembersOf(conference, unit);
  const date = conference.resolutionDate ?? conference.date;
  const members = `đồng chí Ủy viên ${bodyName(conference.body)}`;
  const opening = [
    conferenceIntro(conference, unit),
    chairsSentence(conference.chairs, 'chủ trì Hội nghị'),
    `Có mặt ${attendance(conference, total)} ${members}.`,
  ]
    .filter((s) => s !== '')
    .join(' ');
  const ordered = [...items].sort((a, b) => a.order - b.order);
  // A vote whose typed decision was adopted is said under "QUYẾT NGHỊ:" only; a rejected one was still discussed.
  const heard = ordered
    .filter((item) => !isVote(item) || item.decision === undefined || !isAdopted(item, total))
    .map((item, index, all) => ({ text: `- ${upperFirst(heardSubject(item.content))}${index === all.length - 1 ? '.' : ';'}` }));
  const adopted = ordered.filter((item) => item.decision !== undefined || isVote(item)).filter((item) => isAdopted(item, total));
  const decisions = adopted.map((item, index) => {
    const text = (item.decision ?? adoptedWording(item)).trim().replace(/[.;,]+$/u, '');
    const result = isVote(item) && !mentionsResult(text, item, total) ? ` (với ${voteResult(item, total)})` : '';
    return { number: `${index + 1}.`, text: sentence(`${text}${result}`) };
  });
  const implementation =
    conference.body === 'standingBoard'
      ? `Các tổ chức cơ sở đảng trực thuộc, các cơ quan tham mưu, giúp việc ${committeeShortName(unit)} căn cứ Nghị quyết này tổ chức thực hiện.`
      : `Giao ${bodyOfShortName('standingBoard', unit)} chỉ đạo, tổ chức thực hiện Nghị quyết này.`;
  return {
    header: headerData(unit, documentNumber(conference.resolutionNumber, 'resolution', unit), date),
    summaryLine: conferenceTitle(conference, unit),
    recipients: recipientLines(unit),
    signature: signatureFor(conference.body, unit, conference.chairs),
    basis: [
      { text: '- Căn cứ Điều lệ Đảng;' },
      {
        text: `- Căn cứ Quy chế làm việc của ${bodyOfCommittee(conference.body === 'standingBoard' ? 'executiveCommittee' : conference.body, unit)}${termText(unit) === '' ? '' : `, nhiệm kỳ ${termText(unit)}`};`,
      },
      { text: '- Căn cứ kết quả biểu quyết của Hội nghị.' },
    ],
    opening,
    heard: heard.length > 0 ? [{ text: 'Hội nghị đã nghe, thảo luận:' }, ...heard] : [],
    decisions,
    // The last numbered item assigns implementation (FORMAT.md "Nghị quyết hội nghị").
    implementation: `${decisions.length + 1}. ${implementation}`,
  };
}
