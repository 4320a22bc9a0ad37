// Thông báo kết luận (domain/FORMAT.md "Conference-specific skeletons").
import type { AgendaItem, Conclusion, Conference, Unit } from '../model/types';
import { formatDate } from '../text/dates';
import { ordinalWords } from '../text/number-words';
import {
  bodyOfCommittee,
  bodyOfShortName,
  chairsSentence,
  documentNumber,
  headerData,
  lowerFirst,
  personPhrase,
  recipientLines,
  sentence,
  signatureFor,
} from './common';
import { conferenceIntro } from './resolution';
import type { ConclusionNoticeData } from './template-data';

/** "Giao Văn phòng Đảng ủy chủ trì thực hiện; thời hạn: 31/12/2025." */
export function assignmentText(conclusion: Conclusion): string {
  const owner = conclusion.owner?.trim();
  const deadline = conclusion.deadline === undefined ? undefined : formatDate(conclusion.deadline);
  if ((owner === undefined || owner === '') && deadline === undefined) return '';
  if (owner === undefined || owner === '') return `Thời hạn hoàn thành: ${deadline}.`;
  return deadline === undefined ? `Giao ${owner} chủ trì thực hiện.` : `Giao ${owner} chủ trì thực hiện; thời hạn hoàn thành: ${deadline}.`;
}

/** What the conference heard, as the notice's lead names it. */
function heardPhrase(items: readonly AgendaItem[]): string {
  const reports = items.filter((item) => item.kind === 'report' || item.kind === 'discussion');
  const source = reports.length > 0 ? reports : items;
  if (source.length === 0 || source.length > 3) return 'các báo cáo, tờ trình trình Hội nghị';
  return source.map((item) => lowerFirst(item.content).replace(/[.;,]+$/u, '')).join('; ');
}

export function buildConclusionNotice(
  conference: Conference,
  items: readonly AgendaItem[],
  conclusions: readonly Conclusion[],
  unit: Unit,
): ConclusionNoticeData {
  const date = conference.noticeDate ?? conference.date;
  const concluder = conference.concluder ?? conference.chairs[0];
  const number = conference.number === undefined ? '' : ` lần thứ ${ordinalWords(conference.number)}`;
  const ordered = [...conclusions].sort((a, b) => a.order - b.order);
  return {
    header: headerData(unit, documentNumber(conference.noticeNumber, 'conclusionNotice', unit), date),
    summaryLine: `Kết luận của ${bodyOfCommittee(conference.body, unit)} tại Hội nghị${number}`,
    recipients: recipientLines(unit),
    signature: signatureFor(conference.body, unit, concluder === undefined ? conference.chairs : [concluder]),
    intro: [conferenceIntro(conference, unit), chairsSentence(conference.chairs)].filter((s) => s !== '').join(' '),
    lead: `Sau khi nghe ${heardPhrase([...items].sort((a, b) => a.order - b.order))}, ý kiến thảo luận của các đại biểu, đồng chí ${
      concluder === undefined ? '' : personPhrase(concluder)
    } kết luận như sau:`,
    conclusions: ordered.map((conclusion, index) => ({
      number: `${index + 1}.`,
      text: sentence(conclusion.content),
      assignment: assignmentText(conclusion),
    })),
    closing: `${bodyOfShortName(conference.body, unit)} thông báo để các tổ chức đảng, cơ quan, đơn vị liên quan biết, thực hiện.`,
  };
}
