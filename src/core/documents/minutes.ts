// Biên bản hội nghị (HD 16-HD/VPTW; domain/FORMAT.md "Conference-specific skeletons").
import { totalMembersOf } from '../model/conference';
import type { AgendaItem, Conclusion, Conference, Unit } from '../model/types';
import { dateInWords, formatTimeWords } from '../text/dates';
import { percentOf } from '../text/format';
import {
  attendance,
  bodyName,
  documentNumber,
  headerData,
  nameWithComma,
  personPhrase,
  sentence,
  upperFirst,
} from './common';
import { conferenceTitle, isVote } from './resolution';
import type { MinutesData } from './template-data';

/** The voting method is not in the workbook: elections are by secret ballot, other votes by show of hands. */
function voteText(item: AgendaItem, conference: Conference, total: number | undefined): string {
  if (!isVote(item)) return '';
  const method = item.kind === 'election' ? 'bỏ phiếu kín' : 'giơ tay';
  const votesFor = item.votesFor ?? 0;
  const share = total === undefined ? '' : ` (bằng ${percentOf(votesFor, total)} tổng số Ủy viên ${bodyName(conference.body)})`;
  const of = conference.present === undefined ? '' : `/${conference.present}`;
  return `Hình thức biểu quyết: ${method}. Kết quả: ${votesFor}${of} đồng chí có mặt tán thành${share}; ${item.votesAgainst ?? 0} đồng chí không tán thành; ${item.abstentions ?? 0} đồng chí không biểu quyết.`;
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

export function buildMinutes(
  conference: Conference,
  items: readonly AgendaItem[],
  conclusions: readonly Conclusion[],
  unit: Unit,
): MinutesData {
  const total = totalMembersOf(conference, unit);
  const ordered = [...items].sort((a, b) => a.order - b.order);
  const start = conference.startTime === undefined ? '' : `bắt đầu lúc ${formatTimeWords(conference.startTime)}, `;
  const day = conference.date === undefined ? '' : dateInWords(conference.date);
  const chair = conference.chairs[0];
  const absentees = conference.absentees.map((a, i, all) => ({
    text: `- Đồng chí ${a.name}${a.reason === undefined || a.reason === '' ? '' : ` (lý do: ${a.reason.replace(/[.;,]+$/u, '')})`}${i === all.length - 1 ? '.' : ';'}`,
  }));
  const absentCount = total === undefined || conference.present === undefined ? conference.absentees.length : total - conference.present;
  return {
    header: headerData(unit, documentNumber(conference.minutesNumber, 'minutes', unit), conference.date),
    summaryLine: conferenceTitle(conference, unit),
    time: `Thời gian: ${start}${day}.`.replace(', .', '.'),
    venue: `Địa điểm: ${conference.venue ?? ''}.`,
    content: `Nội dung: ${sentence(conference.summary ?? ordered.map((item) => item.content.replace(/[.;,]+$/u, '')).join('; '))}`,
    chairs: `Chủ trì: ${conference.chairs.map((c) => `đồng chí ${personPhrase(c)}`).join('; ')}.`,
    minuteTaker: `Thư ký hội nghị: ${conference.minuteTaker === undefined ? '' : `đồng chí ${personPhrase(conference.minuteTaker)}`}.`,
    presentLine: `Có mặt: ${attendance(conference, total)} đồng chí Ủy viên ${bodyName(conference.body)}.`,
    absentLine: absentCount > 0 ? `Vắng mặt: ${twoDigits(absentCount)} đồng chí${absentees.length > 0 ? ':' : '.'}` : 'Vắng mặt: không.',
    absentees,
    guestsLine: conference.guests.length > 0 ? 'Đại biểu mời dự:' : '',
    guests: conference.guests.map((g, i, all) => ({ text: `- ${upperFirst(nameWithComma(g.trim().replace(/[.;,]+$/u, '')))}${i === all.length - 1 ? '.' : ';'}` })),
    items: ordered.map((item, index) => ({
      number: `2.${index + 1}.`,
      content: sentence(item.content),
      presenter: item.presenter === undefined ? '' : `Đồng chí ${nameWithComma(item.presenter.replace(/^đồng chí\s+/iu, ''))} trình bày.`,
      vote: voteText(item, conference, total),
      decision: item.decision === undefined ? '' : `Quyết nghị: ${sentence(item.decision)}`,
    })),
    conclusions: [...conclusions].sort((a, b) => a.order - b.order).map((c) => ({ text: `- ${sentence(c.content)}` })),
    closingTime:
      conference.endTime === undefined
        ? 'Hội nghị kết thúc lúc …… giờ …… cùng ngày.'
        : `Hội nghị kết thúc lúc ${formatTimeWords(conference.endTime)} cùng ngày.`,
    minuteTakerSignature: { title: 'NGƯỜI GHI BIÊN BẢN', name: conference.minuteTaker?.name ?? '' },
    chairSignature: { title: 'CHỦ TRÌ HỘI NGHỊ', name: chair?.name ?? '' },
  };
}
