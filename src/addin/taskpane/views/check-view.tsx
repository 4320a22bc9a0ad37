// Check: findings grouped by sheet and severity; in Excel, a click selects the cell, and one button
// highlights every cell with a finding (conditional formats only) and another removes them.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { Finding } from '../../../core/findings';
import { ErrorNotice, Loading, ViewHeader, useViewStyles } from '../components/common';
import { FindingList } from '../components/finding-list';
import type { LoadStatus } from '../host';
import { messageOf, useLocale, useT } from '../i18n';

export type CheckState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly load?: LoadStatus }
  /** No contract sheet at all: offer to create them. */
  | { readonly status: 'no-sheets' }
  /** S4: the file is not a workbook. */
  | { readonly status: 'unreadable'; readonly problem: Finding }
  | {
      readonly status: 'done';
      readonly findings: readonly Finding[];
      readonly highlight: 'off' | 'on' | 'busy';
      readonly note?: string;
    }
  | { readonly status: 'error'; readonly message: string };

export interface CheckViewProps {
  readonly state: CheckState;
  readonly onCheck: () => void;
  readonly onSelect?: (finding: Finding) => void;
  readonly onHighlight?: () => void;
  readonly onClearHighlight?: () => void;
  readonly onSetup?: () => void;
}

export function CheckView({
  state,
  onCheck,
  onSelect,
  onHighlight,
  onClearHighlight,
  onSetup,
}: CheckViewProps) {
  const styles = useViewStyles();
  const t = useT();
  const locale = useLocale();
  const busy = state.status === 'loading';
  const errors =
    state.status === 'done' ? state.findings.filter((f) => f.severity === 'error').length : 0;
  const warnings =
    state.status === 'done' ? state.findings.filter((f) => f.severity === 'warning').length : 0;
  return (
    <div className={styles.view}>
      <ViewHeader title={t('Kiểm tra sổ theo dõi', 'Check the workbook')}>
        {t(
          'Đối chiếu sổ với các quy tắc: thiếu trang, thiếu cột, giá trị sai, số liệu hội nghị và xếp loại.',
          'Checks the workbook against the rules: sheets, columns, values, conference and rating figures.',
        )}
      </ViewHeader>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onCheck} disabled={busy}>
          {state.status === 'idle'
            ? t('Kiểm tra sổ', 'Check workbook')
            : t('Kiểm tra lại', 'Check again')}
        </Button>
        {state.status === 'done' &&
        state.findings.some((f) => f.cell !== '') &&
        onHighlight !== undefined ? (
          state.highlight === 'on' ? (
            <Button onClick={onClearHighlight}>{t('Bỏ tô màu', 'Remove highlights')}</Button>
          ) : (
            <Button onClick={onHighlight} disabled={state.highlight === 'busy'}>
              {t('Tô màu các ô có lỗi', 'Highlight cells')}
            </Button>
          )
        ) : null}
      </div>
      {state.status === 'loading' ? (
        <Loading status={state.load} label={t('Đang đọc sổ…', 'Reading the workbook…')} />
      ) : null}
      {state.status === 'error' ? <ErrorNotice message={state.message} onRetry={onCheck} /> : null}
      {state.status === 'unreadable' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('Không đọc được tệp', 'The file cannot be read')}</MessageBarTitle>
            {messageOf(state.problem, locale)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'no-sheets' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {t(
                'Sổ chưa có trang tính nào của Văn kiện',
                'The workbook has none of the Văn kiện sheets',
              )}
            </MessageBarTitle>
            {t(
              'Cần các trang «Đơn vị», «Hội nghị», «Nội dung», «Kết luận», «Tổ chức đảng», «Đảng viên».',
              'It needs the sheets «Đơn vị», «Hội nghị», «Nội dung», «Kết luận», «Tổ chức đảng», «Đảng viên».',
            )}
          </MessageBarBody>
          {onSetup === undefined ? null : (
            <MessageBarActions>
              <Button size="small" onClick={onSetup}>
                {t('Tạo các trang tính', 'Create the sheets')}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      ) : null}
      {state.status === 'done' ? (
        <>
          {state.findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>{t('Không có lỗi', 'No problems')}</MessageBarTitle>
                {t(
                  'Sổ theo dõi đúng các quy tắc; có thể soạn văn bản.',
                  'The workbook follows the rules; documents can be written.',
                )}
              </MessageBarBody>
            </MessageBar>
          ) : (
            <MessageBar intent={errors > 0 ? 'error' : 'warning'}>
              <MessageBarBody>
                {t(
                  `${errors} lỗi, ${warnings} cảnh báo.`,
                  `${errors} error(s), ${warnings} warning(s).`,
                )}{' '}
                {onSelect !== undefined
                  ? t('Bấm vào một dòng để chọn ô đó.', 'Click an item to select its cell.')
                  : null}
              </MessageBarBody>
            </MessageBar>
          )}
          {state.note === undefined ? null : (
            <MessageBar intent="info">
              <MessageBarBody>{state.note}</MessageBarBody>
            </MessageBar>
          )}
          <FindingList
            findings={state.findings}
            {...(onSelect === undefined ? {} : { onSelect })}
          />
        </>
      ) : null}
    </div>
  );
}
