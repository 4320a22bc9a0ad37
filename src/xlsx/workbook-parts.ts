// The small SpreadsheetML parts around the sheets (ECMA-376 Part 1 §18): relationships, workbook,
// shared strings, styles, tables. Element names may carry a namespace prefix (<x:sheet>).
import { isDateFormat } from './sheet-scanner';
import { decodeStringEscapes, decodeXmlText } from './sheet-scanner';

/** Attributes of one start tag, keyed by local name (r:id → id), values decoded. */
export function attributesOf(attributeText: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const m of attributeText.matchAll(/([\w.-]+:)?([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[2];
    if (name !== undefined) result[name] = decodeXmlText(m[3] ?? m[4] ?? '');
  }
  return result;
}

function elements(xml: string, name: string): Array<Record<string, string>> {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*)>`, 'g');
  return [...xml.matchAll(pattern)].map((m) => attributesOf(m[1] ?? ''));
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export function parseRelationships(xml: string | undefined, sourcePart: string): Relationship[] {
  if (xml === undefined) return [];
  return elements(xml, 'Relationship')
    .filter((a) => a.TargetMode !== 'External')
    .map((a) => ({ id: a.Id ?? '', type: a.Type ?? '', target: resolvePart(sourcePart, a.Target ?? '') }));
}

/** The rels part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target, relative to the source part's folder or absolute, as a part name. */
export function resolvePart(sourcePart: string, target: string): string {
  const segments = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

export interface WorkbookSheet {
  readonly name: string;
  readonly relationshipId: string;
}

export interface WorkbookPart {
  readonly sheets: readonly WorkbookSheet[];
  readonly date1904: boolean;
}

export function parseWorkbook(xml: string): WorkbookPart {
  const properties = elements(xml, 'workbookPr')[0];
  const date1904 = properties?.date1904 === '1' || properties?.date1904 === 'true';
  const sheets = elements(xml, 'sheet').map((a) => ({ name: a.name ?? '', relationshipId: a.id ?? '' }));
  return { sheets, date1904 };
}

const phonetic = /<(?:[\w.-]+:)?rPh(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?rPh>)/g;
const textRun = /<(?:[\w.-]+:)?t(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
const stringItem = /<(?:[\w.-]+:)?si(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;

/** Shared strings (§18.4.9): rich runs joined, phonetic guides (<rPh>) left out. */
export function parseSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const strings: string[] = [];
  for (const item of xml.matchAll(stringItem)) {
    const body = (item[1] ?? '').replace(phonetic, '');
    let text = '';
    for (const run of body.matchAll(textRun)) text += run[1] ?? '';
    strings.push(decodeStringEscapes(decodeXmlText(text.replace(/<!\[CDATA\[([\s\S]*?)]]>/g, (_m, data: string) => data.replace(/&/g, '&amp;').replace(/</g, '&lt;')))));
  }
  return strings;
}

// Built-in number formats that are dates or times (§18.8.30), including the East Asian ones.
const builtInDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** For each cell format index (attribute s), whether its number format is a date or time. */
export function parseDateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const formats = new Map<number, string>();
  for (const a of elements(xml, 'numFmt')) formats.set(Number(a.numFmtId), a.formatCode ?? '');
  const cellXfs = /<(?:[\w.-]+:)?cellXfs(?=[\s/>])[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  return elements(cellXfs, 'xf').map((a) => {
    const id = Number(a.numFmtId ?? 0);
    const custom = formats.get(id);
    return custom !== undefined ? isDateFormat(custom) : builtInDateFormats.has(id);
  });
}

/** The name Excel shows for a table (ListObject): displayName (§18.5.1.2). */
export function parseTableName(xml: string | undefined): string | undefined {
  if (xml === undefined) return undefined;
  const table = elements(xml, 'table')[0];
  return table?.displayName ?? table?.name;
}
