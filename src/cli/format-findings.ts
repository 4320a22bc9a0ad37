import type { Finding, Locale, Severity } from '../core/findings';

export interface FormatOptions {
  readonly locale: Locale;
  readonly color: boolean;
}

const labels = {
  vi: {
    error: 'lỗi',
    warning: 'cảnh báo',
    info: 'thông tin',
    file: 'Tệp',
    sheet: 'Trang tính',
    fix: 'Đề xuất',
    none: 'Không có phát hiện nào: sổ theo dõi hợp lệ.',
    total: 'Tổng cộng',
  },
  en: {
    error: 'error',
    warning: 'warning',
    info: 'info',
    file: 'File',
    sheet: 'Sheet',
    fix: 'Proposed',
    none: 'No findings: the workbook is valid.',
    total: 'Total',
  },
} as const;

const marks: Record<Severity, string> = { error: '✗', warning: '!', info: 'i' };
const colors: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const reset = '\u001b[0m';
const bold = '\u001b[1m';

function countLine(findings: readonly Finding[], locale: Locale): string {
  const l = labels[locale];
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return `${count('error')} ${l.error}, ${count('warning')} ${l.warning}, ${count('info')} ${l.info}`;
}

/** Human text: findings grouped by sheet, in workbook order, each with its cell (spec/CLI.md `validate`). */
export function formatFindings(findings: readonly Finding[], options: FormatOptions): string {
  const l = labels[options.locale];
  if (findings.length === 0) return `${l.none}\n`;
  const paint = (severity: Severity, text: string) =>
    options.color ? `${colors[severity]}${text}${reset}` : text;
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.sheet);
    if (group === undefined) groups.set(finding.sheet, [finding]);
    else group.push(finding);
  }
  const lines: string[] = [];
  for (const [sheet, group] of groups) {
    const title = sheet === '' ? l.file : `${l.sheet} «${sheet}»`;
    lines.push(`${options.color ? bold : ''}${title}${options.color ? reset : ''} (${countLine(group, options.locale)})`);
    for (const finding of group) {
      const where = finding.cell === '' ? '' : `${finding.cell} `;
      const message = options.locale === 'en' ? finding.messageEn : finding.message;
      lines.push(`  ${paint(finding.severity, marks[finding.severity])} ${where}[${finding.rule}] ${message}`);
      if (finding.fix !== undefined) lines.push(`      ${l.fix}: ${finding.fix}`);
    }
    lines.push('');
  }
  lines.push(`${l.total}: ${countLine(findings, options.locale)}.`);
  return `${lines.join('\n')}\n`;
}

/** `--json`: exactly `{"findings":[{rule,severity,sheet,cell,message,fix?}]}` (spec/CLI.md). */
export function findingsJson(findings: readonly Finding[], locale: Locale): string {
  return `${JSON.stringify({
    findings: findings.map((f) => {
      const message = locale === 'en' ? f.messageEn : f.message;
      const base = { rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message };
      return f.fix === undefined ? base : { ...base, fix: f.fix };
    }),
  })}\n`;
}
