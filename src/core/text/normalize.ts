// Cell text as documents need it: trimmed, precomposed (NFC, TCVN 6909:2001), no XML-invalid characters.

export interface CleanText {
  readonly text: string;
  /** The input was not NFC (rule V7). */
  readonly wasDecomposed: boolean;
  /** Characters that cannot appear in XML were removed (rule V9). */
  readonly removedInvalid: boolean;
}

// XML 1.0 Char production minus tab, newline, carriage return; lone surrogates; U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const xmlInvalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const xmlInvalidTest = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

export function stripXmlInvalid(text: string): string {
  return xmlInvalidTest.test(text) ? text.replace(xmlInvalid, '') : text;
}

export function cleanText(raw: string): CleanText {
  const stripped = stripXmlInvalid(raw);
  const removedInvalid = stripped.length !== raw.length;
  const nfc = stripped.normalize('NFC');
  const text = nfc.replace(/\r\n?/g, '\n').trim();
  return { text, wasDecomposed: nfc !== stripped, removedInvalid };
}

/**
 * The folding used to match sheet names, headers and enumerated values (WORKBOOK.md tolerance rules):
 * case, diacritics (đ → d), spaces, "_", "-", "." and "/" are ignored.
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s_\-./]+/g, '');
}
