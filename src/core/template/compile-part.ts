// Compiles one WordprocessingML part (document, header, footer) into static fragments and slots.
// Tags are matched on the paragraph's text, whatever runs, proofing marks or bookmarks Word put inside.
import { templateProblem, type TemplateProblem, type TemplateProblemCode } from './problems';
import type { BlockNode, CompiledPart, GuardNode, RenderNode, SlotOrigin, StaticNode, TemplateTag, TemplateTagKind } from './types';
import { decodeXmlText, escapeXmlText, parseXml, type XmlToken } from './xml';

export type KnownTags = ReadonlySet<string> | ((path: string) => boolean);

export interface PartCompileResult {
  readonly part?: CompiledPart;
  readonly tags: readonly TemplateTag[];
  readonly problems: readonly TemplateProblem[];
}

interface Piece {
  /** Text token index (or the w:tab/w:br element for a sentinel). */
  readonly tok: number;
  /** Offset in the paragraph text. */
  readonly start: number;
  readonly text: string;
  readonly sentinel: boolean;
}

interface Paragraph {
  readonly open: number;
  readonly pieces: Piece[];
  text: string;
}

interface Tag {
  readonly paragraph: Paragraph;
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly kind: TemplateTagKind;
  readonly path: string;
  readonly firstPiece: Piece;
  order: number;
  block?: Block;
  scope: readonly string[];
}

interface Block {
  readonly open: Tag;
  readonly close: Tag;
  readonly kind: 'loop' | 'if' | 'unless';
  inline: boolean;
  first: number;
  last: number;
}

type Op =
  | { readonly k: 'text'; readonly s: string; readonly rows: boolean; readonly paragraphs: boolean }
  | { readonly k: 'value'; readonly tag: Tag }
  | { readonly k: 'open'; readonly block: Block }
  | { readonly k: 'close'; readonly block: Block }
  | { readonly k: 'guard-open'; readonly guard: 'table-guard' | 'cell-guard'; readonly element: number }
  | { readonly k: 'guard-close'; readonly element: number };

interface Marker {
  readonly rank: number;
  readonly order: number;
  readonly op: Op;
}

interface TextEdit {
  readonly from: number;
  readonly to: number;
  readonly op?: Op;
}

const wordNamespaces = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];
const pathPattern = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*$/u;
const blank = /^[ \u00a0]*$/;
const maxParagraphText = 200;

function wordPrefix(root: XmlToken | undefined): string {
  const attributes = /\sxmlns(?::([^\s=]+))?\s*=\s*(["'])(.*?)\2/g;
  for (const m of root?.raw.matchAll(attributes) ?? []) {
    if (wordNamespaces.includes(m[3] ?? '')) return m[1] ? `${m[1]}:` : '';
  }
  return 'w:';
}

function displayText(text: string): string {
  const t = text.replace(/[\t\n]/g, ' ').trim();
  return t.length > maxParagraphText ? `${t.slice(0, maxParagraphText)}…` : t;
}

function parseTag(inner: string): { kind: TemplateTagKind; path: string } | undefined {
  const body = inner.replace(/^[ \u00a0]+|[ \u00a0]+$/g, '');
  let kind: TemplateTagKind = 'value';
  let path = body;
  const ifMatch = /^#if[ \u00a0]+(.*)$/.exec(body);
  if (ifMatch) {
    kind = 'if';
    path = (ifMatch[1] ?? '').trim();
  } else if (body.startsWith('#')) {
    kind = 'loop';
    path = body.slice(1).trim();
  } else if (body.startsWith('^')) {
    kind = 'unless';
    path = body.slice(1).trim();
  } else if (body.startsWith('/')) {
    kind = 'end';
    path = body.slice(1).trim();
    if (path === 'if') return { kind, path: '' };
  }
  if (path === '.' && kind === 'value') return { kind, path };
  if (!pathPattern.test(path) || (kind === 'loop' && path === 'if')) return undefined;
  return { kind, path };
}

function isKnown(known: KnownTags, path: string, scope: readonly string[]): boolean {
  if (path === '.' || path === '') return true;
  const test = typeof known === 'function' ? known : (p: string) => known.has(p);
  let prefix = '';
  const prefixes: string[] = [];
  for (const s of scope) {
    prefix = prefix ? `${prefix}.${s}` : s;
    prefixes.push(prefix);
  }
  for (let i = prefixes.length - 1; i >= 0; i--) if (test(`${prefixes[i]}.${path}`)) return true;
  return test(path);
}

export function compilePart(template: string, partName: string, xml: string, knownTags: KnownTags | undefined): PartCompileResult {
  const problems: TemplateProblem[] = [];
  const problem = (code: TemplateProblemCode, extra: { tag?: string; paragraphText?: string; detail?: string } = {}): void => {
    problems.push(templateProblem(code, { template, part: partName, ...extra }));
  };
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    problem('corrupt-part', { detail: parsed.detail });
    return { tags: [], problems };
  }
  const { tokens, partner, parent } = parsed.doc;
  const rootIndex = tokens.findIndex((t) => t.kind === 'open' || t.kind === 'empty');
  const w = wordPrefix(tokens[rootIndex]);
  const P = `${w}p`;
  const R = `${w}r`;
  const T = `${w}t`;
  const TR = `${w}tr`;
  const TBL = `${w}tbl`;
  const RPR = `${w}rPr`;
  const PROOF = `${w}proofErr`;
  const sentinels = new Map([
    [`${w}tab`, '\t'],
    [`${w}br`, '\n'],
    [`${w}cr`, '\n'],
  ]);
  const paragraphContainers = new Set(['tc', 'txbxContent', 'hdr', 'ftr', 'footnote', 'endnote', 'comment'].map((n) => w + n));
  const contentElements = new Set(
    ['drawing', 'pict', 'object', 'sym', 'fldChar', 'fldSimple', 'footnoteReference', 'endnoteReference', 'commentReference', 'ptab', 'tbl'].map((n) => w + n),
  );
  const tok = (i: number): XmlToken => tokens[i] as XmlToken;
  const end = (i: number): number => partner[i] as number;
  const up = (i: number): number => parent[i] as number;

  // 1. Paragraph texts, with where each character comes from.
  const paragraphs: Paragraph[] = [];
  {
    const stack: Paragraph[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tok(i);
      if (t.kind === 'open' && t.name === P) {
        const p: Paragraph = { open: i, pieces: [], text: '' };
        stack.push(p);
        paragraphs.push(p);
      } else if (t.kind === 'close' && t.name === P) stack.pop();
      else {
        const p = stack[stack.length - 1];
        if (!p) continue;
        if (t.kind === 'text' && tok(up(i)).name === T) {
          const text = decodeXmlText(t.raw);
          if (text === undefined) {
            problem('corrupt-part', { detail: `bad character reference in ${t.raw.slice(0, 40)}` });
            return { tags: [], problems };
          }
          p.pieces.push({ tok: i, start: p.text.length, text, sentinel: false });
          p.text += text;
        } else if (t.kind === 'empty' && sentinels.has(t.name) && tok(up(i)).name === R) {
          const text = sentinels.get(t.name) as string;
          p.pieces.push({ tok: i, start: p.text.length, text, sentinel: true });
          p.text += text;
        }
      }
    }
  }

  // 2. Tags.
  const tags: Tag[] = [];
  const pieceAt = (p: Paragraph, offset: number): Piece => {
    let found = p.pieces[0] as Piece;
    for (const piece of p.pieces) {
      if (piece.start <= offset && piece.text.length > 0) found = piece;
      if (piece.start > offset) break;
    }
    return found;
  };
  for (const p of paragraphs) {
    const text = p.text;
    let k = text.indexOf('{{');
    while (k !== -1) {
      const close = text.indexOf('}}', k + 2);
      if (close === -1) {
        const raw = text.slice(k, k + 60);
        problem('tag-spans-paragraphs', { tag: raw, paragraphText: displayText(text) });
        break;
      }
      const inner = text.slice(k + 2, close);
      const nested = inner.indexOf('{{');
      if (nested !== -1) {
        problem('invalid-tag', { tag: text.slice(k, k + 2 + nested), paragraphText: displayText(text) });
        k = text.indexOf('{{', k + 2);
        continue;
      }
      const raw = text.slice(k, close + 2);
      const parsedTag = parseTag(inner);
      if (!parsedTag) problem('invalid-tag', { tag: raw, paragraphText: displayText(text) });
      else {
        tags.push({ paragraph: p, start: k, end: close + 2, raw, ...parsedTag, firstPiece: pieceAt(p, k), order: 0, scope: [] });
      }
      k = text.indexOf('{{', close + 2);
    }
  }
  tags.sort((a, b) => a.firstPiece.tok - b.firstPiece.tok || a.start - b.start);
  tags.forEach((t, i) => (t.order = i));

  // 3. Blocks: pair opening and closing tags; scopes; known names.
  const blocks: Block[] = [];
  {
    const open: Tag[] = [];
    const loopScope = (): string[] => open.filter((t) => t.kind === 'loop').map((t) => t.path);
    for (const t of tags) {
      const paragraphText = displayText(t.paragraph.text);
      if (t.kind !== 'end') {
        t.scope = loopScope();
        if (knownTags && !isKnown(knownTags, t.path, t.scope)) problem('unknown-tag', { tag: t.raw, paragraphText });
        if (t.kind !== 'value') open.push(t);
        continue;
      }
      const matches = (o: Tag): boolean => (t.path === '' ? o.kind === 'if' : o.kind !== 'if' && o.path === t.path);
      const top = open[open.length - 1];
      if (top && matches(top)) {
        open.pop();
        t.scope = loopScope();
        const block: Block = { open: top, close: t, kind: top.kind as Block['kind'], inline: false, first: -1, last: -1 };
        top.block = block;
        t.block = block;
        blocks.push(block);
        continue;
      }
      t.scope = loopScope();
      const depth = open.findIndex(matches);
      if (depth === -1 || !top) problem('unexpected-close', { tag: t.raw, paragraphText });
      else {
        problem('crossed-blocks', { tag: t.raw, paragraphText, detail: top.raw });
        open.length = depth;
      }
    }
    for (const t of open) {
      const closeTag = t.kind === 'if' ? '{{/if}}' : `{{/${t.path}}}`;
      problem('unclosed-block', { tag: t.raw, paragraphText: displayText(t.paragraph.text), detail: closeTag });
    }
  }
  const publicTags: TemplateTag[] = tags.map((t) => ({
    raw: t.raw,
    kind: t.kind,
    path: t.path,
    scope: t.scope,
    part: partName,
    paragraphText: displayText(t.paragraph.text),
  }));
  if (problems.length) return { tags: publicTags, problems };

  // 4. Where each block's boundaries sit: inside the text (inline) or around whole paragraphs/rows ("units").
  const ancestorOrSelf = (i: number, name: string): number => {
    let x = i;
    while (x !== -1 && tok(x).name !== name) x = up(x);
    return x;
  };
  const chainNames = (textTok: number, stop: number): string => {
    const names: string[] = [];
    for (let x = up(textTok); x !== -1 && x !== stop; x = up(x)) names.push(tok(x).name);
    return names.join('/');
  };
  const childOf = (container: number, i: number): number => {
    let x = i;
    while (up(x) !== container) x = up(x);
    return x;
  };
  const tableGuards = new Set<number>();
  const cellGuards = new Set<number>();
  for (const b of blocks) {
    const pa = b.open.paragraph.open;
    const pb = b.close.paragraph.open;
    const structure = (detail: string): void => {
      problem('block-structure', { tag: b.open.raw, paragraphText: displayText(b.open.paragraph.text), detail });
    };
    let container: number;
    if (pa === pb) {
      const row = b.kind === 'loop' ? ancestorOrSelf(pa, TR) : -1;
      if (row === -1) {
        b.inline = true;
        const a = b.open.firstPiece.tok;
        const c = b.close.firstPiece.tok;
        if (chainNames(a, pa) !== chainNames(c, pa)) structure('runs of different kinds: hyperlink, field, tracked change or content control');
        continue;
      }
      b.first = row;
      b.last = row;
      container = up(row);
    } else {
      const ancestors = new Set<number>();
      for (let x = pa; x !== -1; x = up(x)) ancestors.add(x);
      let common = pb;
      while (common !== -1 && !ancestors.has(common)) common = up(common);
      const name = common === -1 ? '' : tok(common).name;
      if (common === -1 || common === pa || common === pb || name === P || name === R) {
        structure('a paragraph inside a text box');
        continue;
      }
      if (name === TR) {
        b.first = common;
        b.last = common;
        container = up(common);
      } else {
        b.first = childOf(common, pa);
        b.last = childOf(common, pb);
        container = common;
      }
    }
    if (container !== -1 && tok(container).name === TBL) {
      tableGuards.add(container);
      const holder = up(container);
      if (holder !== -1 && paragraphContainers.has(tok(holder).name)) cellGuards.add(holder);
    } else if (container !== -1 && paragraphContainers.has(tok(container).name)) cellGuards.add(container);
  }
  if (problems.length) return { tags: publicTags, problems };

  // 5. Text edits: tags leave the text; values and inline block boundaries take their place.
  const edits = new Map<number, TextEdit[]>();
  const skip = new Uint8Array(tokens.length);
  for (const t of tags) {
    let op: Op | undefined;
    if (t.kind === 'value') op = { k: 'value', tag: t };
    else if (t.block?.inline) op = t.block.open === t ? { k: 'open', block: t.block } : { k: 'close', block: t.block };
    let firstTok = -1;
    let lastTok = -1;
    for (const piece of t.paragraph.pieces) {
      const from = Math.max(t.start, piece.start);
      const to = Math.min(t.end, piece.start + piece.text.length);
      if (from >= to) continue;
      if (firstTok === -1) firstTok = piece.tok;
      lastTok = piece.tok;
      const list = edits.get(piece.tok) ?? [];
      list.push(piece === t.firstPiece && op ? { from: from - piece.start, to: to - piece.start, op } : { from: from - piece.start, to: to - piece.start });
      edits.set(piece.tok, list);
    }
    // proofing marks inside a tag would bracket nothing once the runs are merged
    for (let i = firstTok + 1; i < lastTok; i++) if (tok(i).name === PROOF) skip[i] = 1;
  }
  const emptied = new Set<number>();
  for (const [i, list] of edits) {
    list.sort((a, b) => a.from - b.from);
    const removed = list.reduce((n, e) => n + (e.to - e.from), 0);
    if (!list.some((e) => e.op) && removed === (decodeXmlText(tok(i).raw) ?? '').length) emptied.add(i);
  }
  // runs left with no text at all are dropped (Word's "{{", "name", "}}" split leaves two of them)
  for (const i of emptied) {
    const run = up(up(i));
    if (run === -1 || tok(run).name !== R || skip[run]) continue;
    let droppable = true;
    for (let j = run + 1; j < end(run) && droppable; j++) {
      if (up(j) !== run) continue;
      const c = tok(j);
      if (c.kind === 'close') continue;
      if (c.kind === 'text') droppable = c.raw.trim() === '';
      else if (c.name === T) droppable = c.kind === 'empty' || end(j) === j + 1 || emptied.has(j + 1);
      else if (c.name !== RPR && c.name !== `${w}lastRenderedPageBreak`) droppable = false;
    }
    if (droppable) skip.fill(1, run, end(run) + 1);
  }

  // 6. Units that hold nothing but their block tags vanish; the markers sit where they were.
  const vanishes = new Map<number, boolean>();
  const unitVanishes = (u: number): boolean => {
    const cached = vanishes.get(u);
    if (cached !== undefined) return cached;
    let result = true;
    const last = end(u);
    for (const t of tags) {
      const at = t.paragraph.open;
      if (at < u || at > last) continue;
      if (t.kind === 'value' || !t.block || t.block.inline || (t.block.first !== u && t.block.last !== u)) result = false;
    }
    for (const p of paragraphs) {
      if (!result) break;
      if (p.open < u || p.open > last) continue;
      let rest = '';
      let cursor = 0;
      for (const t of tags) {
        if (t.paragraph !== p) continue;
        rest += p.text.slice(cursor, t.start);
        cursor = t.end;
      }
      rest += p.text.slice(cursor);
      if (!blank.test(rest)) result = false;
    }
    for (let i = u; i <= last && result; i++) {
      const name = tok(i).name;
      if (contentElements.has(name) || name === 'mc:AlternateContent') result = false;
    }
    vanishes.set(u, result);
    return result;
  };

  // 7. Markers at element boundaries ("point i" = just before token i).
  const markers = new Map<number, Marker[]>();
  const mark = (point: number, m: Marker): void => {
    const list = markers.get(point);
    if (list) list.push(m);
    else markers.set(point, [m]);
  };
  for (const b of blocks) {
    if (b.inline) continue;
    const separate = b.first !== b.last;
    const firstVanishes = separate && unitVanishes(b.first);
    const lastVanishes = separate && unitVanishes(b.last);
    mark(firstVanishes ? end(b.first) + 1 : b.first, { rank: 1, order: b.open.order, op: { k: 'open', block: b } });
    mark(lastVanishes ? b.last : end(b.last) + 1, { rank: 1, order: b.close.order, op: { k: 'close', block: b } });
    if (firstVanishes) skip.fill(1, b.first, end(b.first) + 1);
    if (lastVanishes) skip.fill(1, b.last, end(b.last) + 1);
  }
  for (const g of tableGuards) {
    mark(g, { rank: 2, order: 0, op: { k: 'guard-open', guard: 'table-guard', element: g } });
    mark(end(g) + 1, { rank: 0, order: 0, op: { k: 'guard-close', element: g } });
  }
  for (const g of cellGuards) {
    mark(g + 1, { rank: 0, order: 0, op: { k: 'guard-open', guard: 'cell-guard', element: g } });
    mark(end(g), { rank: 2, order: 0, op: { k: 'guard-close', element: g } });
  }

  // 8. Emit fragments and slots in document order, and nest them into a tree.
  type Frame = { children: RenderNode[]; op?: Op };
  const root: Frame = { children: [] };
  const stack: Frame[] = [root];
  const origin = (t: Tag): SlotOrigin => ({ raw: t.raw, path: t.path, part: partName, paragraphText: displayText(t.paragraph.text) });
  const segments = (path: string): readonly string[] => (path === '.' ? [] : path.split('.'));
  let failed = false;
  const emit = (op: Op): void => {
    const frame = stack[stack.length - 1] as Frame;
    switch (op.k) {
      case 'text': {
        if (!op.s) return;
        const last = frame.children[frame.children.length - 1];
        if (last?.kind === 'static') {
          frame.children[frame.children.length - 1] = {
            kind: 'static',
            text: last.text + op.s,
            rows: last.rows || op.rows,
            paragraphs: last.paragraphs || op.paragraphs,
          } satisfies StaticNode;
        } else frame.children.push({ kind: 'static', text: op.s, rows: op.rows, paragraphs: op.paragraphs });
        return;
      }
      case 'value':
        frame.children.push({ kind: 'value', path: segments(op.tag.path), origin: origin(op.tag) });
        return;
      case 'open':
      case 'guard-open':
        stack.push({ children: [], op });
        return;
      case 'close':
      case 'guard-close': {
        const top = frame.op;
        const matches =
          op.k === 'close' ? top?.k === 'open' && top.block === op.block : top?.k === 'guard-open' && top.element === op.element;
        if (!matches || stack.length < 2) {
          if (!failed) {
            const inner = top?.k === 'open' ? top.block.open.raw : '';
            if (op.k === 'close' && inner) {
              problem('crossed-blocks', { tag: op.block.close.raw, paragraphText: displayText(op.block.close.paragraph.text), detail: inner });
            } else {
              const b = op.k === 'close' ? op.block : top?.k === 'open' ? top.block : undefined;
              problem('block-structure', {
                tag: b?.open.raw ?? '',
                paragraphText: b ? displayText(b.open.paragraph.text) : '',
                detail: 'a paragraph and a table row, or two table cells, share one block',
              });
            }
          }
          failed = true;
          return;
        }
        stack.pop();
        const parentFrame = stack[stack.length - 1] as Frame;
        if (op.k === 'close') {
          const b = op.block;
          const node: BlockNode = { kind: b.kind, path: segments(b.open.path), origin: origin(b.open), children: frame.children };
          parentFrame.children.push(node);
        } else {
          const node: GuardNode = { kind: top?.k === 'guard-open' ? top.guard : 'cell-guard', children: frame.children };
          parentFrame.children.push(node);
        }
        return;
      }
    }
  };
  const flushPoint = (point: number): void => {
    const list = markers.get(point);
    if (!list) return;
    list.sort((a, b) => a.rank - b.rank || a.order - b.order);
    for (const m of list) emit(m.op);
  };
  const preserve = (raw: string): string =>
    /\sxml:space\s*=/.test(raw) ? raw.replace(/xml:space\s*=\s*(["'])[^"']*\1/, 'xml:space="preserve"') : raw.replace(/\s*>$/, ' xml:space="preserve">');

  for (let i = 0; i < tokens.length && !failed; i++) {
    flushPoint(i);
    if (skip[i]) continue;
    const t = tok(i);
    const list = edits.get(i);
    if (t.kind === 'text' && list) {
      const text = decodeXmlText(t.raw) as string;
      let cursor = 0;
      for (const e of list) {
        emit({ k: 'text', s: escapeXmlText(text.slice(cursor, e.from)), rows: false, paragraphs: false });
        if (e.op) emit(e.op);
        cursor = e.to;
      }
      emit({ k: 'text', s: escapeXmlText(text.slice(cursor)), rows: false, paragraphs: false });
      continue;
    }
    const s = t.kind === 'open' && t.name === T && edits.has(i + 1) ? preserve(t.raw) : t.raw;
    emit({ k: 'text', s, rows: t.kind === 'open' && t.name === TR, paragraphs: (t.kind === 'open' || t.kind === 'empty') && t.name === P });
  }
  if (!failed) flushPoint(tokens.length);
  if (!failed && stack.length !== 1) {
    failed = true;
    problem('block-structure', { detail: 'unbalanced block boundaries' });
  }
  if (failed) return { tags: publicTags, problems };
  return {
    part: {
      name: partName,
      nodes: root.children,
      lineBreak: `</${T}><${w}br/><${T} xml:space="preserve">`,
      tab: `</${T}><${w}tab/><${T} xml:space="preserve">`,
      emptyParagraph: `<${P}/>`,
    },
    tags: publicTags,
    problems,
  };
}
