// Pieces every Party document shares: number and symbol, header, recipients, signature (domain/FORMAT.md).
import type { Body, CalendarDate, Conference, Person, Unit } from '../model/types';
import { dateLine } from '../text/dates';
import type { HeaderData, Line, SignatureData } from './template-data';

export const documentTypeCodes = {
  resolution: 'NQ',
  conclusionNotice: 'TB',
  minutes: 'BB',
  report: 'BC',
} as const;
export type DocumentType = keyof typeof documentTypeCodes;

/** "Số 05-NQ/ĐU"; without a number the space is left for the office to fill in (REGULATIONS.md §3). */
export function documentNumber(number: number | undefined, type: DocumentType, unit: Unit): string {
  const code = documentTypeCodes[type];
  const body = unit.bodyCode ?? '';
  const digits = number === undefined ? '      ' : String(number).padStart(2, '0');
  return `Số ${digits}-${code}/${body}`;
}

export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

export function headerData(unit: Unit, number: string, date: CalendarDate | undefined): HeaderData {
  return {
    superiorBody: upper(unit.superiorBody ?? ''),
    issuingBody: upper(unit.issuingBody ?? ''),
    documentNumber: number,
    dateLine:
      date === undefined
        ? `${unit.placeName ?? ''}, ngày      tháng      năm      `
        : dateLine(unit.placeName ?? '', date),
  };
}

/** "Đảng ủy", "Tỉnh ủy", "Huyện ủy" — the committee as it is named inside sentences. */
export function committeeShortName(unit: Unit): string {
  const code = (unit.bodyCode ?? '').toUpperCase();
  if (code === 'TU') return 'Tỉnh ủy';
  if (code === 'HU') return 'Huyện ủy';
  if (code === 'QU') return 'Quận ủy';
  if (code === 'TXU') return 'Thị ủy';
  if (code === 'TPU') return 'Thành ủy';
  return 'Đảng ủy';
}

export function bodyName(body: Body | undefined): string {
  return body === 'standingBoard' ? 'Ban Thường vụ' : 'Ban Chấp hành';
}

/**
 * "Ban Chấp hành Đảng bộ Các cơ quan Đảng tỉnh", "Ban Thường vụ Đảng ủy Các cơ quan Đảng tỉnh": the Standing Board
 * belongs to the committee, not to the whole Đảng bộ ("Ban Thường vụ Tỉnh ủy", never "Ban Thường vụ Đảng bộ tỉnh").
 */
export function bodyOfCommittee(body: Body | undefined, unit: Unit): string {
  const name = unit.committeeName ?? '';
  const named = body === 'standingBoard' ? name.replace(/^Đảng bộ(?: (?:tỉnh|huyện|quận|thị xã|thành phố)(?![\p{L}\p{N}]))?/u, committeeShortName(unit)) : name;
  return `${bodyName(body)} ${named}`.trim();
}

const partyCommitteeOf: Readonly<Record<string, string>> = {
  'Tỉnh ủy': 'Đảng bộ tỉnh',
  'Huyện ủy': 'Đảng bộ huyện',
  'Quận ủy': 'Đảng bộ quận',
  'Thị ủy': 'Đảng bộ thị xã',
  'Thành ủy': 'Đảng bộ thành phố',
};

/** "Ban Thường vụ Đảng ủy", "Ban Chấp hành Đảng bộ" — the body as sentences name it ("Ban Chấp hành Đảng ủy" is not said). */
export function bodyOfShortName(body: Body | undefined, unit: Unit): string {
  const committee = committeeShortName(unit);
  if (body === 'standingBoard') return `Ban Thường vụ ${committee}`;
  return `Ban Chấp hành ${partyCommitteeOf[committee] ?? 'Đảng bộ'}`;
}

/** "2025 – 2030" (en dash, as in titles). */
export function termText(unit: Unit): string {
  return unit.term === undefined ? '' : `${unit.term.startYear} – ${unit.term.endYear}`;
}

/** "T/M BAN CHẤP HÀNH" (HD 36 item 1.7.1: committees sign on behalf, with a slash). */
export function authorityOf(body: Body | undefined): string {
  return `T/M ${upper(bodyName(body))}`;
}

/** "Bí thư Đảng ủy" → "BÍ THƯ"; "Phó Bí thư Thường trực Đảng ủy" → "PHÓ BÍ THƯ THƯỜNG TRỰC". */
export function signingTitle(position: string | undefined): string {
  if (position === undefined || position.trim() === '') return 'BÍ THƯ';
  const cut = position.search(/\s+(Đảng ủy|Đảng bộ|Tỉnh ủy|Huyện ủy|Thành ủy|Chi bộ|Ban Chấp hành|Ban Thường vụ)(?![\p{L}\p{N}])/u);
  return upper((cut > 0 ? position.slice(0, cut) : position).trim());
}

/** A secretary or deputy secretary: who signs a committee's document on its behalf (REGULATIONS.md §4). */
function isSecretaryTitle(position: string | undefined): boolean {
  return position !== undefined && /^(phó\s+)?bí\s+thư(?![\p{L}\p{N}])/iu.test(position.trim());
}

/**
 * The first chair signs when a secretary or deputy secretary chaired (the title from their position); otherwise
 * the secretary of `Đơn vị` signs as "BÍ THƯ"; failing both, the first chair.
 */
export function signatureFor(body: Body | undefined, unit: Unit, chairs: readonly Person[]): SignatureData {
  const authority = authorityOf(body);
  const chair = chairs[0];
  if (chair !== undefined && isSecretaryTitle(chair.position)) {
    return { authority, title: signingTitle(chair.position), name: chair.name };
  }
  const secretary = unit.secretary?.trim();
  if (secretary !== undefined && secretary !== '') return { authority, title: 'BÍ THƯ', name: secretary };
  return { authority, title: signingTitle(chair?.position), name: chair?.name ?? '' };
}

const defaultRecipients = [
  'Ban Thường vụ cấp ủy cấp trên (để báo cáo)',
  'Các đồng chí Ủy viên Ban Chấp hành',
  'Các tổ chức cơ sở đảng trực thuộc',
  'Lưu Văn phòng',
];

/** "- X," for each recipient, "- Lưu …" last with a full stop (FORMAT.md "Recipients"). */
export function recipientLines(unit: Unit): Line[] {
  const given = unit.recipients.map((r) => r.replace(/^[-–•+*\s]+/u, '').replace(/[,.;\s]+$/u, '')).filter((r) => r !== '');
  const list = given.length > 0 ? given : defaultRecipients;
  const archive = list.filter((r) => /^lưu\b/iu.test(r));
  const others = list.filter((r) => !/^lưu\b/iu.test(r));
  const ordered = [...others, ...(archive.length > 0 ? archive : ['Lưu Văn phòng'])];
  return ordered.map((r, i) => ({ text: `- ${r}${i === ordered.length - 1 ? '.' : ','}` }));
}

/** "đồng chí Nguyễn Văn A, Bí thư Đảng ủy" */
export function personPhrase(person: Person): string {
  return person.position === undefined || person.position === '' ? person.name : `${person.name}, ${person.position}`;
}

/** Chairs in a sentence: "Đồng chí A, Bí thư Đảng ủy chủ trì" or "Các đồng chí: A, …; B, … đồng chủ trì". */
export function chairsSentence(chairs: readonly Person[], verb = 'chủ trì'): string {
  const [first] = chairs;
  if (first === undefined) return '';
  if (chairs.length === 1) return `Đồng chí ${personPhrase(first)} ${verb}.`;
  return `Các đồng chí: ${chairs.map(personPhrase).join('; ')} đồng ${verb}.`;
}

/** "Võ Văn Thành - Trưởng Ban Tổ chức" → "Võ Văn Thành, Trưởng Ban Tổ chức", as documents name people. */
export function nameWithComma(text: string): string {
  return text.replace(/\s+[-–—]\s+/u, ', ');
}

/** "Các chi bộ" → "các chi bộ" inside a sentence; proper names ("Ban Tổ chức", "Văn phòng") keep their capital. */
export function lowerGenericStart(text: string): string {
  return /^(Các|Những|Mọi|Tất cả|Toàn thể|Từng)\s/u.test(text) ? lowerFirst(text) : text;
}

export function lowerFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Ends a sentence with one full stop (no doubling after "." "!" "?" ":"). */
export function sentence(text: string): string {
  const trimmed = text.trim().replace(/[;,]+$/u, '');
  return /[.!?:…]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Present count over total, as documents write attendance: "30/34". */
export function attendance(conference: Conference, total: number | undefined): string {
  const present = conference.present ?? 0;
  return total === undefined ? String(present) : `${present}/${total}`;
}
