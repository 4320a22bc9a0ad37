// Turns a raw cell into a clean value: text trimmed and NFC (V7), XML-invalid characters removed (V9),
// legacy encodings converted (V6), formula errors reported (V8).
import type { Finding } from '../findings';
import { legacyEncodingFinding } from '../rules/v6-legacy-encoding';
import { cellErrorFinding } from '../rules/v8-cell-error';
import { decomposedTextFinding } from '../rules/v7-decomposed-text';
import { invalidCharactersFinding } from '../rules/v9-invalid-characters';
import { type LegacyEncoding, convertLegacyText, detectLegacyEncoding } from '../text/legacy-encoding';
import { cleanText } from '../text/normalize';
import { vietnameseOutsideLatin1 } from '../text/vietnamese-letters';
import type { CellValue } from './snapshot';
import { type PresentValue, shownValue } from './values';

// Characters that are NFC and XML-valid whatever surrounds them: text made only of these needs no cleaning.
const plainText = /^[\t\n\x20-\x7e\u00a0-\u02ff\u1e00-\u1eff]*$/;

const latin1Letter = /[\u00a1-\u00ff]/;

/** Legacy-encoding verdicts kept per distinct text; repeated values (positions, units) are weighed once. */
const legacyMemoLimit = 10_000;

export class CellCleaner {
  private readonly legacyMemo = new Map<string, LegacyEncoding | null>();

  constructor(
    private readonly sheet: string,
    private readonly findings: Finding[],
  ) {}

  /**
   * The value to parse, or undefined for an empty or error cell. `textual` columns (text, names,
   * enumerations, ratings) are also checked for legacy encodings.
   */
  clean(raw: CellValue, letter: string, row: number, label: string, textual: boolean): PresentValue | undefined {
    if (typeof raw === 'string') {
      let text: string;
      if (plainText.test(raw)) {
        text = raw.trim();
      } else {
        const cleaned = cleanText(raw);
        text = cleaned.text;
        if (cleaned.wasDecomposed) this.findings.push(decomposedTextFinding(this.sheet, `${letter}${row}`, label));
        if (cleaned.removedInvalid) this.findings.push(invalidCharactersFinding(this.sheet, `${letter}${row}`, label, text));
      }
      if (textual) {
        const encoding = this.legacyEncodingOf(text);
        if (encoding !== null) {
          const converted = convertLegacyText(text, encoding);
          this.findings.push(legacyEncodingFinding(this.sheet, `${letter}${row}`, label, encoding, shownValue(text), converted));
          text = converted;
        }
      }
      return text === '' ? undefined : text;
    }
    if (typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) return raw;
    if (raw === null) return undefined;
    this.findings.push(cellErrorFinding(this.sheet, `${letter}${row}`, label, raw.error));
    return undefined;
  }

  private legacyEncodingOf(text: string): LegacyEncoding | null {
    // Legacy fonts store Latin-1 code points only: text without one, or with a Vietnamese letter beyond, is Unicode.
    if (!latin1Letter.test(text) || vietnameseOutsideLatin1.test(text)) return null;
    let encoding = this.legacyMemo.get(text);
    if (encoding === undefined) {
      encoding = detectLegacyEncoding(text) ?? null;
      if (this.legacyMemo.size < legacyMemoLimit) this.legacyMemo.set(text, encoding);
    }
    return encoding;
  }
}
