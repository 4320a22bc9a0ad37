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
  lowerGenericStart,
  personPhrase,
  recipientLines,
  sentence,
  signatureFor,
  upperFirst,
} from './common';
import { conferenceIntro, heardSubject } from './resolution';
import type { ConclusionNoticeData } from './template-data';

/** "Giao Văn phòng Đảng ủy chủ trì thực hiện, hoàn thành trước ngày 31/12/2025." */
export function assignmentText(conclusion: Conclusion): string {
  const owner = conclusion.owner?.trim().replace(/[.;,]+$/u, '') ?? '';
  const deadline = conclusion.deadline === undefined ? '' : `hoàn thành trước ngày ${formatDate(conclusion.deadline)}`;
  if (owner === '') return deadline === '' ? '' : `${upperFirst(deadline)}.`;
  // Several owners carry it out together; one owner leads ("chủ trì").
  const verb = /^(Các|Những|Mọi|Tất cả|Toàn thể|Từng)\s/iu.test(owner) ? 'thực hiện' : 'chủ trì thực hiện';
  return `Giao ${lowerGenericStart(owner)} ${verb}${deadline === '' ? '' : `, ${deadline}`}.`;
}

/** What the conference heard, as the notice's lead names it. */
function heardPhrase(items: readonly AgendaItem[]): string {
  const reports = items.filter((item) => item.kind === 'report' || item.kind === 'discussion');
  const source = reports.length > 0 ? reports : items;
  if (source.length === 0 || source.length > 3) return 'các báo cáo, tờ trình trình Hội nghị';
  return source.map((item) => lowerFirst(heardSubject(item.content))).join('; ');
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
