// Pieces every view uses: its header, a status line, the message for a failure, the Mac download notice.
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ExcelProblem } from '../../excel/errors';
import type { LoadStatus } from '../host';
import type { Finding } from '../../../core/findings';
import type { TemplateProblem } from '../../../core/template/index';
import type { Bilingual } from '../../../worker/protocol';
import { bilingual, messageOf, useLocale, useT, type Translate } from '../i18n';
import { FindingList } from './finding-list';

export const useViewStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px 16px 24px' },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
  lead: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  fields: { display: 'flex', flexDirection: 'column', gap: '10px', minWidth: 0 },
  select: { maxWidth: '100%', minWidth: 0 },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0, ':disabled': { opacity: 0.6 } },
  // The bar follows the work as it is reported, without easing behind it.
  steadyBar: { transitionProperty: 'none' },
  preview: {
    display: 'grid',
    gridTemplateColumns: 'minmax(90px, auto) 1fr',
    gap: '4px 12px',
    margin: 0,
    padding: '10px 12px',
    background: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground3 },
  definition: { margin: 0, fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-word' },
  list: {
    margin: 0,
    paddingLeft: '20px',
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    fontSize: tokens.fontSizeBase200,
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    background: tokens.colorNeutralBackground3,
    padding: '0 4px',
    borderRadius: '2px',
    wordBreak: 'break-all',
  },
});

export function ViewHeader({
  title,
  children,
}: {
  readonly title: string;
  readonly children?: ReactNode;
}) {
  const styles = useViewStyles();
  return (
    <div>
      <h2 className={styles.title}>{title}</h2>
      {children === undefined ? null : (
        <Body1 as="p" className={styles.lead} style={{ margin: '4px 0 0' }}>
          {children}
        </Body1>
      )}
    </div>
  );
}

/** Reading the workbook: a spinner, rows read when known, and what to do when Excel waits on an edited cell. */
export function Loading({
  status,
  label,
}: {
  readonly status?: LoadStatus;
  readonly label: string;
}) {
  const t = useT();
  const known = status?.rowsTotal !== undefined && status.rowsTotal > 0;
  return (
    <div role="status" aria-live="polite">
      {status?.waitingForEdit ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>
              {t('Excel đang ở chế độ sửa ô', 'Excel is editing a cell')}
            </MessageBarTitle>
            {t(
              'Nhấn Enter hoặc Esc để rời ô đang sửa; Văn kiện sẽ tự thử lại.',
              'Press Enter or Esc to leave the cell; Văn kiện retries by itself.',
            )}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {known ? (
        <ProgressBar
          value={(status?.rowsRead ?? 0) / (status?.rowsTotal ?? 1)}
          aria-label={label}
        />
      ) : null}
      <Spinner
        size="tiny"
        label={
          known
            ? `${label} ${status?.rowsRead?.toLocaleString()}/${status?.rowsTotal?.toLocaleString()}`
            : label
        }
        labelPosition="after"
      />
    </div>
  );
}

export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ExcelProblem) {
    switch (error.code) {
      case 'cell-edit':
        return t(
          'Excel đang ở chế độ sửa ô nên chưa cho phần bổ trợ đọc hoặc ghi. Nhấn Enter hoặc Esc để rời ô đang sửa rồi bấm Thử lại.',
          'Excel is editing a cell, so the add-in cannot read or write. Press Enter or Esc to leave the cell, then choose Try again.',
        );
      case 'protected':
        return t(
          `${error.sheet === undefined ? 'Trang tính' : `Trang tính «${error.sheet}»`} đang được bảo vệ. Bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại; không có gì bị ghi dở.`,
          `${error.sheet === undefined ? 'The sheet' : `Sheet «${error.sheet}»`} is protected. Unprotect it (Review › Unprotect Sheet) and try again; nothing was half-written.`,
        );
      case 'too-large':
        return t(
          'Sổ quá lớn để Excel gửi trong một lần. Hãy xóa các dòng trống thừa ở cuối các trang tính rồi thử lại.',
          'The workbook is too large for Excel to send. Delete the empty rows at the end of the sheets and try again.',
        );
      case 'not-found':
        return t(
          'Không tìm thấy trang tính hoặc ô này nữa (có thể đã bị đổi tên hoặc xóa). Hãy kiểm tra lại sổ.',
          'That sheet or cell no longer exists (renamed or deleted?). Check the workbook again.',
        );
      case 'busy':
        return t(
          'Excel đang bận. Chờ một lát rồi thử lại.',
          'Excel is busy. Wait a moment and try again.',
        );
    }
  }
  const detail = error instanceof Error ? error.message : String(error);
  return t(
    `Đã xảy ra lỗi không mong muốn (${detail}). Sổ theo dõi không bị thay đổi.`,
    `Something unexpected went wrong (${detail}). The workbook was not changed.`,
  );
}

export function ErrorNotice({
  message,
  onRetry,
}: {
  readonly message: string;
  readonly onRetry?: () => void;
}) {
  const t = useT();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('Chưa làm được', 'Could not finish')}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {onRetry === undefined ? null : (
        <MessageBarActions>
          <Button size="small" onClick={onRetry}>
            {t('Thử lại', 'Try again')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** Excel on Mac (WKWebView) cannot download: say so and offer what works. */
export function NoDownloadNotice({
  command,
  onOpenWorkbook,
}: {
  readonly command: string;
  readonly onOpenWorkbook?: () => void;
}) {
  const t = useT();
  const styles = useViewStyles();
  const page = typeof location === 'undefined' ? '' : `${location.origin}${location.pathname}`;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {t('Excel trên máy Mac không tải tệp xuống được', 'Excel on Mac cannot download files')}
        </MessageBarTitle>
        {t(
          'Phần bổ trợ trong Excel cho Mac không được phép lưu tệp. Bạn có thể:',
          'Add-ins in Excel for Mac are not allowed to save files. You can:',
        )}
        <ul className={styles.list}>
          {onOpenWorkbook === undefined ? null : (
            <li>
              {t(
                'mở bảng tổng hợp trong một sổ Excel mới (nút bên dưới), rồi lưu sổ đó;',
                'open the summary in a new Excel workbook (button below) and save it;',
              )}
            </li>
          )}
          <li>
            {t(
              'mở trang web Văn kiện trong Safari hoặc Chrome rồi chọn «Mở tệp .xlsx»: ',
              'open the Văn kiện web page in Safari or Chrome and choose “Open an .xlsx”: ',
            )}
            <span className={styles.code}>{page}</span>
          </li>
          <li>
            {t('hoặc dùng công cụ dòng lệnh: ', 'or use the command line: ')}
            <span className={styles.code}>{command}</span>
          </li>
        </ul>
      </MessageBarBody>
      {onOpenWorkbook === undefined ? null : (
        <MessageBarActions>
          <Button size="small" onClick={onOpenWorkbook}>
            {t('Mở bảng tổng hợp trong Excel', 'Open the summary in Excel')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** Why a document or an export cannot be made: a problem, a template's problems, or the findings that block it. */
export interface BlockedState {
  readonly findings: readonly Finding[];
  readonly problem?: Bilingual;
  readonly templateProblems?: readonly TemplateProblem[];
}

export function BlockedNotice({
  title,
  blocked,
  onSelect,
}: {
  readonly title: string;
  readonly blocked: BlockedState;
  readonly onSelect?: (finding: Finding) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useViewStyles();
  const templateProblems = blocked.templateProblems ?? [];
  return (
    <>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {blocked.problem !== undefined
            ? bilingual(blocked.problem, locale)
            : templateProblems.length > 0
              ? t('Mẫu văn bản không dùng được:', 'The template cannot be used:')
              : t(
                  'Sổ có lỗi cần sửa trước (bên dưới); sửa xong thì làm lại.',
                  'The workbook has errors to fix first (below); then try again.',
                )}
        </MessageBarBody>
      </MessageBar>
      {templateProblems.length > 0 ? (
        <ul className={styles.list}>
          {templateProblems.map((p, i) => (
            <li key={i}>{messageOf(p, locale)}</li>
          ))}
        </ul>
      ) : null}
      <FindingList findings={blocked.findings} {...(onSelect === undefined ? {} : { onSelect })} />
    </>
  );
}

/** The blocked state of a worker result that is not ok. */
export function blockedOf(result: BlockedState): BlockedState {
  return {
    findings: result.findings,
    ...(result.problem === undefined ? {} : { problem: result.problem }),
    ...(result.templateProblems === undefined ? {} : { templateProblems: result.templateProblems }),
  };
}
