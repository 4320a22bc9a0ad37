// Tools for document tests (STYLE.md §9): unzip a .docx, read its paragraphs, validate parts with xmllint
// against ../shared/ooxml-schemas, render with LibreOffice headless and read the PDF with poppler.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

// ---- Packages and XML ----

export interface DocxPackage {
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The part as UTF-8 text; throws when the package has no such part. */
  part(name: string): string;
}

export function unzipDocx(bytes: Uint8Array): DocxPackage {
  const files = unzipSync(bytes);
  return {
    names: Object.keys(files),
    has: (name) => files[name] !== undefined,
    part: (name) => {
      const data = files[name];
      if (data === undefined) throw new Error(`the package has no part ${name}`);
      return strFromU8(data);
    },
  };
}

const entities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

export function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name] ?? '';
  });
}

export interface WordParagraph {
  /** The w:pStyle value, '' when the paragraph has none. */
  readonly style: string;
  /** Text of its w:t elements; w:tab is "\t", w:br "\n". */
  readonly text: string;
  /** Text of each w:t, in order (a tag split by Word shows up across several). */
  readonly runs: readonly string[];
  readonly xml: string;
}

// `<w:p\b` matches <w:p> and <w:p …>, not <w:pPr> or <w:pStyle>; paragraphs never nest outside text boxes.
const paragraphPattern = /<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g;
const textPattern = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:t(?:\s[^>]*)?\/>|<w:(tab|br|cr)\b[^>]*\/>/g;

/** Every paragraph of a WordprocessingML part (body, table cells, headers), in document order. */
export function paragraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(paragraphPattern)].map((match) => {
    const inner = match[1] ?? '';
    const runs: string[] = [];
    let text = '';
    for (const piece of inner.matchAll(textPattern)) {
      if (piece[2] === 'tab') text += '\t';
      else if (piece[2] !== undefined) text += '\n';
      else {
        const decoded = decodeXml(piece[1] ?? '');
        runs.push(decoded);
        text += decoded;
      }
    }
    const style = /<w:pStyle w:val="([^"]*)"/.exec(inner)?.[1] ?? '';
    return { style, text, runs, xml: match[0] };
  });
}

/** The value of one attribute of the first element with that name: attribute(xml, 'w:pgSz', 'w:w'). */
export function attribute(xml: string, element: string, name: string): string | undefined {
  const tag = new RegExp(`<${element}\\b([^>]*)>`).exec(xml)?.[1];
  if (tag === undefined) return undefined;
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Every element with that name (self-closing or not), as XML text. */
export function elements(xml: string, element: string): string[] {
  const pattern = new RegExp(`<${element}\\b(?:[^>]*?\\/>|[^>]*>[\\s\\S]*?<\\/${element}>)`, 'g');
  return xml.match(pattern) ?? [];
}

// ---- Tools ----

/** Debian packages of the tools the document and browser tests run. */
const debianPackage: Readonly<Record<string, string>> = {
  xmllint: 'libxml2-utils',
  soffice: 'libreoffice-writer',
  libreoffice: 'libreoffice-writer',
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  unzip: 'unzip',
  chromium: 'chromium',
};

/** Whether an executable of that name is on PATH (or is that absolute path). */
export function hasTool(name: string): boolean {
  const candidates = name.includes('/')
    ? [name]
    : (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name));
  return candidates.some((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Throws, naming the Debian packages to install, when a tool is missing: the tests that need real
 * xmllint, LibreOffice, poppler, unzip or Chromium fail without them (no silent skip, locally or on CI).
 */
export function requireTools(...tools: readonly string[]): void {
  const missing = tools.filter((tool) => !hasTool(tool));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((tool) => debianPackage[basename(tool)] ?? basename(tool)))];
  throw new Error(`${missing.join(', ')} not installed; this test needs it: sudo apt-get install ${packages.join(' ')}`);
}

type TestBody = () => unknown;
type TestFn = (name: string, fn: TestBody, timeout?: number) => void;

/** `test`, failing first with the install command when one of `tools` is missing. */
export function testWithTools(tools: readonly string[]): TestFn {
  return (name, fn, timeout) =>
    test(
      name,
      async () => {
        requireTools(...tools);
        await fn();
      },
      timeout,
    );
}

export function tempDir(prefix = 'vankien-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

// ---- Schema validation ----

/** ../shared/ooxml-schemas beside the repository (shared/README.md), or OOXML_SCHEMAS. */
export const ooxmlSchemaDir =
  process.env.OOXML_SCHEMAS ?? resolve(__dirname, '../../../shared/ooxml-schemas');
/** The entry point (ooxml-schemas/README.md): WordprocessingML with Microsoft's 2010 extensions. */
export const wordSchema = join(ooxmlSchemaDir, 'microsoft/wml-2010.xsd');

const wordNamespaces = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://schemas.microsoft.com/office/word/2010/wordml',
]);

/**
 * Markup-compatibility pre-processing (ECMA-376 Part 3), as a consumer applies it before validating: the
 * schemas know mc:Ignorable only on w:document, and attributes or empty elements of ignorable namespaces the
 * schemas do not cover are dropped.
 */
export function applyMarkupCompatibility(xml: string): string {
  const root = /<([\w]+:)?(\w+)\b[^>]*>/.exec(xml.replace(/^<\?xml[^>]*\?>\s*/, ''));
  const ignorable = /\smc:Ignorable="([^"]*)"/.exec(root?.[0] ?? '')?.[1];
  if (ignorable === undefined) return xml;
  let out = xml;
  for (const prefix of ignorable.split(/\s+/).filter(Boolean)) {
    const namespace = new RegExp(`\\sxmlns:${prefix}="([^"]*)"`).exec(xml)?.[1];
    if (namespace !== undefined && wordNamespaces.has(namespace)) continue;
    out = out
      .replace(new RegExp(`\\s${prefix}:[\\w-]+="[^"]*"`, 'g'), '')
      .replace(new RegExp(`<${prefix}:[\\w-]+\\b[^>]*\\/>`, 'g'), '');
  }
  return root?.[2] === 'document' ? out : out.replace(/\smc:Ignorable="[^"]*"/, '');
}

export interface ValidationResult {
  readonly valid: boolean;
  /** xmllint's messages, with the temporary file name replaced by the part name. */
  readonly errors: readonly string[];
}

/** Validates WordprocessingML parts with one xmllint run; results in the order given. */
export function validateWordXmlParts(
  parts: readonly { readonly part: string; readonly xml: string }[],
): ValidationResult[] {
  const dir = tempDir('vankien-xsd-');
  try {
    const files = parts.map((p, index) => {
      const file = join(dir, `${index}.xml`);
      writeFileSync(file, applyMarkupCompatibility(p.xml));
      return file;
    });
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', wordSchema, ...files], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    if (run.error !== undefined) throw run.error;
    const lines = run.stderr.split('\n');
    return files.map((file, index) => {
      const name = parts[index]?.part ?? file;
      const mine = lines.filter(
        (line) => line.startsWith(`${file}:`) || line.startsWith(`${file} `),
      );
      const valid = mine.some((line) => line === `${file} validates`);
      const errors = mine
        .filter((line) => line !== `${file} validates`)
        .map((line) => line.split(file).join(name));
      return { valid, errors };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Validates one part ("word/document.xml", "word/styles.xml", a header…) against microsoft/wml-2010.xsd. */
export function validateWordXml(xml: string, part: string): ValidationResult {
  const [result] = validateWordXmlParts([{ part, xml }]);
  if (result === undefined) throw new Error('xmllint returned no result');
  return result;
}

// ---- LibreOffice and PDF ----

/** soffice or libreoffice, whichever is installed. */
export function officeCommand(): string | undefined {
  return [
    'soffice',
    'libreoffice',
    '/usr/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
  ].find(hasTool);
}

/** Converts documents to PDF in one LibreOffice run with a fresh profile; returns the PDF paths in order. */
export function renderPdfs(
  documents: readonly { readonly name: string; readonly bytes: Uint8Array }[],
  outDir = tempDir('vankien-pdf-'),
): string[] {
  const office = officeCommand();
  if (office === undefined) throw new Error('LibreOffice (soffice) is not installed');
  const profile = tempDir('vankien-lo-profile-');
  try {
    const inputs = documents.map((doc) => {
      const file = join(outDir, doc.name.endsWith('.docx') ? doc.name : `${doc.name}.docx`);
      writeFileSync(file, doc.bytes);
      return file;
    });
    execFileSync(
      office,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...inputs,
      ],
      {
        stdio: 'pipe',
        timeout: 180_000,
      },
    );
    const pdfs = inputs.map((file) => file.replace(/\.docx$/, '.pdf'));
    const made = new Set(readdirSync(outDir).map((name) => join(outDir, name)));
    const missing = pdfs.filter((pdf) => !made.has(pdf));
    if (missing.length > 0) throw new Error(`LibreOffice wrote no ${missing.join(', ')}`);
    return pdfs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Converts one .docx to PDF; returns the PDF's path (in a new temporary folder). */
export function renderPdf(docx: Uint8Array, name = 'document.docx'): string {
  const [pdf] = renderPdfs([{ name, bytes: docx }]);
  if (pdf === undefined) throw new Error('no PDF');
  return pdf;
}

/** The PDF's text (pdftotext, reading order), NFC-normalized. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).normalize(
    'NFC',
  );
}

export interface PdfPage {
  /** Points. */
  readonly width: number;
  readonly height: number;
}

/** Size of every page (pdfinfo). */
export function pdfPages(pdf: string): PdfPage[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** Renders every page to PNG (pdftoppm) beside the PDF; returns the image paths. */
export function pdfToPngs(pdf: string, dpi = 60): string[] {
  const prefix = pdf.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix]);
  const base = prefix.slice(prefix.lastIndexOf('/') + 1);
  const dir = prefix.slice(0, prefix.lastIndexOf('/'));
  return readdirSync(dir)
    .filter((name) => name.startsWith(`${base}-`) && name.endsWith('.png'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => join(dir, name));
}
