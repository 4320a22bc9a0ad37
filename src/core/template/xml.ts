// A small, strict-enough XML tokenizer for OOXML parts: elements, text, and "other" (declaration,
// comments, processing instructions, CDATA). No DTDs (entity expansion is a bomb vector).

export type XmlTokenKind = 'open' | 'close' | 'empty' | 'text' | 'other';

export interface XmlToken {
  readonly kind: XmlTokenKind;
  /** Qualified element name ('' for text and other). */
  readonly name: string;
  /** The exact source text of the token. */
  readonly raw: string;
}

export interface XmlDocument {
  readonly tokens: readonly XmlToken[];
  /** For element tokens: index of the matching open/close token (itself for empty elements); -1 otherwise. */
  readonly partner: Int32Array;
  /** Index of the open token of the enclosing element; -1 at top level. */
  readonly parent: Int32Array;
}

export type XmlParseResult = { readonly ok: true; readonly doc: XmlDocument } | { readonly ok: false; readonly detail: string };

function isNameEnd(c: number): boolean {
  // whitespace, '/', '>'
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === 0x3e;
}

export function parseXml(xml: string): XmlParseResult {
  const tokens: XmlToken[] = [];
  const n = xml.length;
  const fail = (detail: string, at: number): XmlParseResult => ({ ok: false, detail: `${detail} at offset ${at}` });
  let i = 0;
  if (xml.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) {
      tokens.push({ kind: 'text', name: '', raw: xml.slice(i) });
      break;
    }
    if (lt > i) tokens.push({ kind: 'text', name: '', raw: xml.slice(i, lt) });
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x3f /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) return fail('unterminated processing instruction', lt);
      tokens.push({ kind: 'other', name: '', raw: xml.slice(lt, end + 2) });
      i = end + 2;
    } else if (c === 0x21 /* ! */) {
      let close: string;
      if (xml.startsWith('<!--', lt)) close = '-->';
      else if (xml.startsWith('<![CDATA[', lt)) close = ']]>';
      else return fail('DTD or unknown declaration not allowed', lt);
      const end = xml.indexOf(close, lt + 4);
      if (end === -1) return fail('unterminated comment or CDATA', lt);
      tokens.push({ kind: 'other', name: '', raw: xml.slice(lt, end + close.length) });
      i = end + close.length;
    } else if (c === 0x2f /* / */) {
      const end = xml.indexOf('>', lt + 2);
      if (end === -1) return fail('unterminated end tag', lt);
      tokens.push({ kind: 'close', name: xml.slice(lt + 2, end).trim(), raw: xml.slice(lt, end + 1) });
      i = end + 1;
    } else {
      let j = lt + 1;
      while (j < n && !isNameEnd(xml.charCodeAt(j))) j++;
      const name = xml.slice(lt + 1, j);
      if (name === '') return fail('empty element name', lt);
      for (;;) {
        if (j >= n) return fail('unterminated start tag', lt);
        const d = xml.charCodeAt(j);
        if (d === 0x22 || d === 0x27) {
          const q = xml.indexOf(d === 0x22 ? '"' : "'", j + 1);
          if (q === -1) return fail('unterminated attribute value', j);
          j = q + 1;
        } else if (d === 0x3c) return fail('"<" inside a start tag', j);
        else if (d === 0x3e) break;
        else j++;
      }
      const empty = xml.charCodeAt(j - 1) === 0x2f;
      tokens.push({ kind: empty ? 'empty' : 'open', name, raw: xml.slice(lt, j + 1) });
      i = j + 1;
    }
  }
  const count = tokens.length;
  const partner = new Int32Array(count).fill(-1);
  const parent = new Int32Array(count).fill(-1);
  const stack: number[] = [];
  let roots = 0;
  for (let k = 0; k < count; k++) {
    const t = tokens[k] as XmlToken;
    parent[k] = stack.length ? (stack[stack.length - 1] as number) : -1;
    if (t.kind === 'open') {
      if (!stack.length) roots++;
      stack.push(k);
    } else if (t.kind === 'close') {
      const o = stack.pop();
      if (o === undefined) return fail(`unexpected </${t.name}>`, k);
      if ((tokens[o] as XmlToken).name !== t.name) return fail(`<${(tokens[o] as XmlToken).name}> closed by </${t.name}>`, k);
      partner[o] = k;
      partner[k] = o;
      parent[k] = parent[o] as number;
    } else if (t.kind === 'empty') {
      if (!stack.length) roots++;
      partner[k] = k;
    } else if (t.kind === 'text' && !stack.length && t.raw.trim() !== '') return fail('text outside the root element', k);
  }
  if (stack.length) return fail(`<${(tokens[stack[stack.length - 1] as number] as XmlToken).name}> not closed`, n);
  if (roots !== 1) return fail(roots ? 'more than one root element' : 'no root element', 0);
  return { ok: true, doc: { tokens, partner, parent } };
}

const namedEntities: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes character and predefined entity references; undefined when a reference is malformed. */
export function decodeXmlText(raw: string): string | undefined {
  if (raw.indexOf('&') === -1) return raw;
  let bad = false;
  const out = raw.replace(/&([^;&\s]*);?/g, (m, ref: string) => {
    if (!m.endsWith(';')) {
      bad = true;
      return m;
    }
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) {
        bad = true;
        return m;
      }
      return String.fromCodePoint(code);
    }
    const named = namedEntities[ref];
    if (named === undefined) bad = true;
    return named ?? m;
  });
  return bad ? undefined : out;
}

export function escapeXmlText(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
}
