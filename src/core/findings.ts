// A finding is an expected problem returned as a value (STYLE.md §3); rule IDs are those of spec/RULES.md.

export const severities = ['error', 'warning', 'info'] as const;
export type Severity = (typeof severities)[number];

export const ruleIds = [
  'S1', 'S2', 'S3', 'S4',
  'V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7', 'V8', 'V9', 'V10', 'V11',
  'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8',
  'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11',
] as const;
export type RuleId = (typeof ruleIds)[number];

export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Sheet name as it appears in the workbook ('' for file-level findings such as S4). */
  readonly sheet: string;
  /** A1 address or range ('' when the finding concerns a whole sheet or file). */
  readonly cell: string;
  /** Vietnamese message: what is wrong, where, and how to fix it. */
  readonly message: string;
  /** The same in English (the English catalog). */
  readonly messageEn: string;
  /** The value the product proposes, where it can propose one. */
  readonly fix?: string;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
