// The tags each document kind provides, for the template pre-flight. Exemplars are typed against
// template-data.ts, so a field added there without being added here fails to compile.
import type { DocumentKind } from './generate';
import type {
  ConclusionNoticeData,
  HeaderData,
  LevelCount,
  MinutesData,
  RatingReportData,
  RatingTableData,
  SignatureData,
} from './template-data';

const header: HeaderData = { superiorBody: '', issuingBody: '', documentNumber: '', dateLine: '' };
const signature: SignatureData = { authority: '', title: '', name: '' };
const line = [{ text: '' }];
const level: LevelCount[] = [{ level: '', count: '', percent: '', comparison: '' }];

const resolution = {
  header,
  summaryLine: '',
  recipients: line,
  signature,
  basis: line,
  opening: '',
  heard: line,
  decisions: [{ number: '', text: '' }],
  implementation: '',
};

const conclusionNotice: ConclusionNoticeData = {
  header,
  summaryLine: '',
  recipients: line,
  signature,
  intro: '',
  lead: '',
  conclusions: [{ number: '', text: '', assignment: '' }],
  closing: '',
};

const minutes: MinutesData = {
  header,
  summaryLine: '',
  time: '',
  venue: '',
  content: '',
  chairs: '',
  minuteTaker: '',
  presentLine: '',
  absentLine: '',
  absentees: line,
  guestsLine: '',
  guests: line,
  items: [{ number: '', content: '', presenter: '', vote: '', decision: '' }],
  conclusions: line,
  closingTime: '',
  minuteTakerSignature: { title: '', name: '' },
  chairSignature: { title: '', name: '' },
};

const ratingReport: RatingReportData = {
  header,
  summaryLine: '',
  recipients: line,
  signature,
  year: '',
  leadership: line,
  organizationsIntro: '',
  organizationLevels: level,
  membersIntro: '',
  notRatedLine: '',
  memberLevels: level,
  targets: line,
  assessment: line,
  proposals: line,
  organizations: [{ number: '', name: '', members: '', excellent: '', good: '', complete: '', incomplete: '', notRated: '', rating: '' }],
  totals: { members: '', excellent: '', good: '', complete: '', incomplete: '', notRated: '' },
};

export const ratingTableExemplar: RatingTableData = {
  header,
  year: '',
  title: '',
  organizationName: '',
  hasScores: true,
  rows: [{ number: '', name: '', birthDate: '', position: '', score: '', selfRating: '', proposedRating: '', finalRating: '', note: '' }],
  levels: level,
  notRatedLine: '',
  signature,
};

/** "header", "header.dateLine", "decisions", "decisions.number" … */
export function tagPaths(exemplar: object): Set<string> {
  const paths = new Set<string>();
  const walk = (value: unknown, prefix: string): void => {
    if (Array.isArray(value)) {
      if (prefix !== '') paths.add(prefix);
      for (const item of value) walk(item, prefix);
      return;
    }
    if (typeof value === 'object' && value !== null) {
      if (prefix !== '') paths.add(prefix);
      for (const [key, child] of Object.entries(value)) walk(child, prefix === '' ? key : `${prefix}.${key}`);
      return;
    }
    paths.add(prefix);
  };
  walk(exemplar, '');
  return paths;
}

const exemplars: Readonly<Record<DocumentKind, object>> = {
  'nghi-quyet': resolution,
  'thong-bao-ket-luan': conclusionNotice,
  'bien-ban': minutes,
  'bao-cao-xep-loai': ratingReport,
};

export function knownTagsOf(kind: DocumentKind): ReadonlySet<string> {
  return tagPaths(exemplars[kind]);
}
