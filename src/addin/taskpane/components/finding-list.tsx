// Findings grouped by sheet, then by severity; each shows its cell and, inside Excel, selects it on click.
import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { severities, type Finding, type Severity } from '../../../core/findings';
import { messageOf, useLocale, useT, type Translate } from '../i18n';

const useStyles = makeStyles({
  sheet: { marginBottom: '12px' },
  sheetTitle: {
    display: 'flex',
    alignItems: 'center',
    gap: '6px',
    fontWeight: tokens.fontWeightSemibold,
    margin: '0 0 4px',
    fontSize: tokens.fontSizeBase300,
  },
  severity: {
    margin: '6px 0 2px',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    gap: '8px',
    alignItems: 'start',
    width: '100%',
    textAlign: 'left',
    padding: '6px 8px',
    border: 'none',
    borderLeft: `3px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { background: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: '44px' },
});

export function severityLabel(severity: Severity, t: Translate): string {
  return severity === 'error'
    ? t('Lỗi', 'Errors')
    : severity === 'warning'
      ? t('Cảnh báo', 'Warnings')
      : t('Lưu ý', 'Notes');
}

const badgeColor = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingListProps {
  readonly findings: readonly Finding[];
  /** Inside Excel: select the finding's cell. */
  readonly onSelect?: (finding: Finding) => void;
}

export function groupBySheet(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.sheet);
    if (group === undefined) groups.set(f.sheet, [f]);
    else group.push(f);
  }
  return groups;
}

export function FindingList({ findings, onSelect }: FindingListProps) {
  const styles = useStyles();
  const t = useT();
  const locale = useLocale();
  return (
    <div>
      {[...groupBySheet(findings)].map(([sheet, items]) => (
        <section
          key={sheet}
          className={styles.sheet}
          aria-label={sheet === '' ? t('Tệp', 'File') : sheet}
        >
          <h3 className={styles.sheetTitle}>
            {sheet === '' ? t('Tệp', 'File') : sheet}
            {severities.map((severity) => {
              const n = items.filter((f) => f.severity === severity).length;
              return n === 0 ? null : (
                <Badge key={severity} size="small" appearance="tint" color={badgeColor[severity]}>
                  {n} {severityLabel(severity, t).toLowerCase()}
                </Badge>
              );
            })}
          </h3>
          {severities.map((severity) => {
            const group = items.filter((f) => f.severity === severity);
            if (group.length === 0) return null;
            return (
              <div key={severity}>
                <Caption1 as="p" className={styles.severity}>
                  {severityLabel(severity, t)}
                </Caption1>
                <ul className={styles.list}>
                  {group.map((f, index) => {
                    const content = (
                      <>
                        <span className={styles.cell}>{f.cell || f.rule}</span>
                        <span>{messageOf(f, locale)}</span>
                      </>
                    );
                    const className = `${styles.item} ${styles[severity]}`;
                    return (
                      <li key={`${f.rule}-${f.cell}-${index}`}>
                        {onSelect !== undefined && f.cell !== '' ? (
                          <button
                            type="button"
                            className={`${className} ${styles.clickable}`}
                            title={t(
                              `Chọn ô ${f.cell} trên trang ${sheet}`,
                              `Select cell ${f.cell} on ${sheet}`,
                            )}
                            onClick={() => onSelect(f)}
                          >
                            {content}
                          </button>
                        ) : (
                          <div className={className}>{content}</div>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
