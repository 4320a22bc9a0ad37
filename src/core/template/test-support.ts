// Test support only (imported by *.test.ts): hand-built .docx packages and an independent strict XML reader.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const wordNs = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;

const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="word/document.xml"/></Relationships>`;

const documentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relNs}/styles" Target="styles.xml"/></Relationships>`;

const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${wordNs}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`;

/** A document.xml around the given body content (w:sectPr appended). */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${wordNs}" xmlns:r="${relNs}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
}

/** A .docx package built with fflate (independent of the engine's zip writer). */
export function docxFromBody(body: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(rootRels),
    'word/document.xml': strToU8(documentXml(body)),
    'word/_rels/document.xml.rels': strToU8(documentRels),
    'word/styles.xml': strToU8(styles),
  };
  for (const [name, text] of Object.entries(extra)) files[name] = strToU8(text);
  return zipSync(files, { level: 6 });
}

export function run(text: string, rPr = ''): string {
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

export function para(...runs: string[]): string {
  return `<w:p>${runs.join('')}</w:p>`;
}

/** A paragraph of one plain run. */
export function p(text: string): string {
  return para(run(text));
}

export function row(...cells: string[]): string {
  return `<w:tr>${cells.map((c) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${c}</w:tc>`).join('')}</w:tr>`;
}

export function table(...rows: string[]): string {
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>${rows.join('')}</w:tbl>`;
}

export function unzipText(bytes: Uint8Array, part = 'word/document.xml'): string {
  const files = unzipSync(bytes);
  const data = files[part];
  if (!data) throw new Error(`no ${part}`);
  return strFromU8(data);
}

// ---------------------------------------------------------------------------------------------
// A strict, independent XML 1.0 reader: throws on anything not well-formed.

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

const nameStart = /[A-Za-z_:\u00C0-\uFFFD]/;
const nameChar = /[A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFD]/;
// eslint-disable-next-line no-control-regex -- XML Char production
const invalidChar = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function decodeStrict(text: string, at: number): string {
  if (invalidChar.test(text)) throw new Error(`invalid character near ${at}`);
  if (text.includes('<')) throw new Error(`"<" in text near ${at}`);
  return text.replace(/&([^;]*);|&/g, (m, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare "&" near ${at}`);
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[ref]) return named[ref];
    const code = /^#x[0-9a-fA-F]+$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#[0-9]+$/.test(ref) ? parseInt(ref.slice(1), 10) : NaN;
    const c = Number.isFinite(code) ? String.fromCodePoint(code) : '';
    if (!c || invalidChar.test(c)) throw new Error(`bad reference ${m} near ${at}`);
    return c;
  });
}

export function parseStrictXml(xml: string): XmlElement {
  let i = 0;
  const n = xml.length;
  const readName = (): string => {
    const start = i;
    if (!nameStart.test(xml[i] ?? '')) throw new Error(`bad name at ${i}`);
    while (i < n && nameChar.test(xml[i] as string)) i++;
    return xml.slice(start, i);
  };
  const skipSpace = (): void => {
    while (i < n && /\s/.test(xml[i] as string)) i++;
  };
  if (xml.startsWith('<?xml')) {
    i = xml.indexOf('?>') + 2;
    if (i < 2) throw new Error('bad declaration');
  }
  const parseElement = (): XmlElement => {
    if (xml[i] !== '<') throw new Error(`expected "<" at ${i}`);
    i++;
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = i;
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return { name, attributes, children: [] };
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      if (i === before) throw new Error(`expected space at ${i}`);
      const attr = readName();
      skipSpace();
      if (xml[i] !== '=') throw new Error(`expected "=" at ${i}`);
      i++;
      skipSpace();
      const q = xml[i];
      if (q !== '"' && q !== "'") throw new Error(`unquoted attribute at ${i}`);
      const close = xml.indexOf(q, i + 1);
      if (close < 0) throw new Error('unterminated attribute');
      if (attr in attributes) throw new Error(`duplicate attribute ${attr}`);
      attributes[attr] = decodeStrict(xml.slice(i + 1, close), i);
      i = close + 1;
    }
    const children: (XmlElement | string)[] = [];
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt < 0) throw new Error(`<${name}> not closed`);
      if (lt > i) children.push(decodeStrict(xml.slice(i, lt), i));
      i = lt;
      if (xml.startsWith('</', i)) {
        i += 2;
        const closeName = readName();
        skipSpace();
        if (closeName !== name || xml[i] !== '>') throw new Error(`<${name}> closed by </${closeName}> at ${i}`);
        i++;
        return { name, attributes, children };
      }
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i);
        if (end < 0) throw new Error('unterminated comment');
        i = end + 3;
        continue;
      }
      children.push(parseElement());
    }
  };
  skipSpace();
  const root = parseElement();
  skipSpace();
  if (i !== n) throw new Error(`content after the root element at ${i}`);
  return root;
}

export function* elements(e: XmlElement, name: string): Generator<XmlElement> {
  if (e.name === name) yield e;
  for (const c of e.children) if (typeof c !== 'string') yield* elements(c, name);
}

/** A paragraph's text: w:t text, w:br as "\n", w:tab as "\t" (not descending into nested paragraphs). */
export function paragraphText(p: XmlElement): string {
  let s = '';
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c === 'string') {
        if (e.name === 'w:t') s += c;
      } else if (c.name === 'w:br' || c.name === 'w:cr') s += '\n';
      else if (c.name === 'w:tab' && e.name === 'w:r') s += '\t';
      else if (c.name !== 'w:p') walk(c);
    }
  };
  walk(p);
  return s;
}

/** Texts of the body's paragraphs, in order (including those in tables). */
export function bodyTexts(documentXmlText: string): string[] {
  const root = parseStrictXml(documentXmlText);
  return [...elements(root, 'w:p')].map(paragraphText);
}
