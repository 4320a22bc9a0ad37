// Set up sheets: what is missing and one button to create it (Excel); on the web page, an empty workbook to download.
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { tableSheets, unitSheet } from '../../../core/workbook/contract';
import type { SetupReport } from '../../excel/setup';
import { planWrites, type SetupPlan, type SetupStep } from '../../setup-plan';
import {
  ErrorNotice,
  Loading,
  NoDownloadNotice,
  ViewHeader,
  useViewStyles,
} from '../components/common';
import { useT, type Translate } from '../i18n';

export type SetupState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'plan'; readonly plan: SetupPlan }
  | { readonly status: 'applying'; readonly plan: SetupPlan }
  | { readonly status: 'done'; readonly report: SetupReport }
  | { readonly status: 'error'; readonly message: string };

export interface SetupViewProps {
  readonly state: SetupState;
  /** Excel: read what the workbook has. */
  readonly onPlan?: () => void;
  readonly onApply?: () => void;
  /** Web page: download an empty workbook. */
  readonly onDownloadEmpty?: () => void;
  readonly canDownload: boolean;
  readonly onCheck?: () => void;
}

export function stepText(step: SetupStep, t: Translate): string {
  switch (step.kind) {
    case 'create-unit':
      return t(
        `Tạo trang «${unitSheet.name}» (${unitSheet.keys.length} mục thông tin đơn vị)`,
        `Create sheet «${unitSheet.name}» (${unitSheet.keys.length} unit keys)`,
      );
    case 'add-unit-keys':
      return t(
        `Thêm ${step.labels.length} mục còn thiếu vào trang «${step.sheet}»: ${step.labels.join(', ')}`,
        `Add ${step.labels.length} missing keys to «${step.sheet}»: ${step.labels.join(', ')}`,
      );
    case 'create-table':
      return t(
        `Tạo trang «${step.spec.name}» dạng bảng (${step.spec.columns.length} cột)`,
        `Create sheet «${step.spec.name}» as a table (${step.spec.columns.length} columns)`,
      );
    case 'fill-blank':
      return t(
        `Ghi dòng tiêu đề vào trang trống «${step.sheet}»`,
        `Write the header into the empty sheet «${step.sheet}»`,
      );
    case 'add-columns': {
      const headers = step.columns.map((i) => step.spec.columns[i]?.header ?? '').join(', ');
      return t(
        `Thêm cột vào trang «${step.sheet}»: ${headers}`,
        `Add columns to «${step.sheet}»: ${headers}`,
      );
    }
    case 'unrecognized':
      return t(
        `Trang «${step.sheet}» có dữ liệu nhưng không nhận ra dòng tiêu đề: để nguyên, hãy sửa tiêu đề theo mẫu.`,
        `Sheet «${step.sheet}» has data but no header Văn kiện recognizes: left as it is; fix its header.`,
      );
  }
}

function reportLines(report: SetupReport, t: Translate): string[] {
  const lines: string[] = [];
  if (report.created.length > 0)
    lines.push(
      t(`Đã tạo: ${report.created.join(', ')}.`, `Created: ${report.created.join(', ')}.`),
    );
  for (const c of report.columnsAdded)
    lines.push(
      t(
        `Đã thêm cột vào «${c.sheet}»: ${c.headers.join(', ')}.`,
        `Added columns to «${c.sheet}»: ${c.headers.join(', ')}.`,
      ),
    );
  for (const k of report.keysAdded)
    lines.push(
      t(
        `Đã thêm mục vào «${k.sheet}»: ${k.labels.join(', ')}.`,
        `Added keys to «${k.sheet}»: ${k.labels.join(', ')}.`,
      ),
    );
  for (const s of report.skipped) {
    lines.push(
      s.reason === 'protected'
        ? t(
            `Bỏ qua «${s.sheet}»: trang đang được bảo vệ (Xem lại › Bỏ bảo vệ trang tính, rồi làm lại).`,
            `Skipped «${s.sheet}»: the sheet is protected (Review › Unprotect Sheet, then run again).`,
          )
        : s.reason === 'workbook-protected'
          ? t(
              `Chưa tạo «${s.sheet}»: cấu trúc sổ đang được bảo vệ (Xem lại › Bảo vệ sổ làm việc).`,
              `«${s.sheet}» not created: the workbook structure is protected (Review › Protect Workbook).`,
            )
          : t(
              `Để nguyên «${s.sheet}»: không nhận ra dòng tiêu đề.`,
              `Left «${s.sheet}» alone: no header recognized.`,
            ),
    );
  }
  return lines;
}

export function SetupView({
  state,
  onPlan,
  onApply,
  onDownloadEmpty,
  canDownload,
  onCheck,
}: SetupViewProps) {
  const styles = useViewStyles();
  const t = useT();
  const sheetNames = [unitSheet.name, ...tableSheets.map((s) => s.name)].join(', ');
  if (onPlan === undefined) {
    return (
      <div className={styles.view}>
        <ViewHeader title={t('Sổ theo dõi trống', 'An empty workbook')}>
          {t(
            `Tải một sổ mới có đủ các trang (${sheetNames}), tiêu đề cột, danh sách chọn; mở bằng Excel rồi điền.`,
            `Download a new workbook with every sheet (${sheetNames}), headers and dropdowns; open it in Excel and fill it in.`,
          )}
        </ViewHeader>
        {canDownload ? (
          <div className={styles.actions}>
            <Button
              appearance="primary"
              onClick={onDownloadEmpty}
              disabled={state.status === 'loading'}
            >
              {t('Tải sổ theo dõi trống', 'Download an empty workbook')}
            </Button>
          </div>
        ) : (
          <NoDownloadNotice command="npx vankien init so-theo-doi.xlsx" />
        )}
        {state.status === 'loading' ? (
          <Loading label={t('Đang tạo sổ…', 'Creating the workbook…')} />
        ) : null}
        {state.status === 'error' ? <ErrorNotice message={state.message} /> : null}
      </div>
    );
  }
  const writes = (state.status === 'plan' || state.status === 'applying') && planWrites(state.plan);
  return (
    <div className={styles.view}>
      <ViewHeader title={t('Thiết lập trang tính', 'Set up the sheets')}>
        {t(
          'Tạo các trang tính và cột còn thiếu dạng bảng Excel có danh sách chọn. Ô đã có dữ liệu không bao giờ bị ghi đè.',
          'Creates missing sheets and columns as Excel tables with dropdowns. A cell that holds data is never overwritten.',
        )}
      </ViewHeader>
      {state.status === 'idle' || state.status === 'error' || state.status === 'done' ? (
        <div className={styles.actions}>
          <Button appearance={state.status === 'done' ? 'secondary' : 'primary'} onClick={onPlan}>
            {t('Xem sổ còn thiếu gì', 'See what is missing')}
          </Button>
          {state.status === 'done' && onCheck !== undefined ? (
            <Button appearance="primary" onClick={onCheck}>
              {t('Kiểm tra sổ', 'Check workbook')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {state.status === 'loading' ? (
        <Loading label={t('Đang đọc sổ…', 'Reading the workbook…')} />
      ) : null}
      {state.status === 'error' ? (
        <ErrorNotice
          message={state.message}
          {...(onPlan === undefined ? {} : { onRetry: onPlan })}
        />
      ) : null}
      {state.status === 'plan' || state.status === 'applying' ? (
        <>
          {state.plan.steps.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>
                  {t('Sổ đã đủ trang tính và cột', 'Every sheet and column is there')}
                </MessageBarTitle>
                {state.plan.complete.join(', ')}
              </MessageBarBody>
            </MessageBar>
          ) : (
            <ul className={styles.list} aria-label={t('Việc sẽ làm', 'What will be done')}>
              {state.plan.steps.map((step, index) => (
                <li key={index}>{stepText(step, t)}</li>
              ))}
            </ul>
          )}
          {writes ? (
            <div className={styles.actions}>
              <Button appearance="primary" onClick={onApply} disabled={state.status === 'applying'}>
                {t('Tạo phần còn thiếu', 'Create what is missing')}
              </Button>
            </div>
          ) : null}
          {state.status === 'applying' ? (
            <Loading label={t('Đang ghi vào sổ…', 'Writing to the workbook…')} />
          ) : null}
        </>
      ) : null}
      {state.status === 'done' ? (
        <MessageBar
          intent={
            state.report.skipped.some((s) => s.reason !== 'unrecognized') ? 'warning' : 'success'
          }
          layout="multiline"
        >
          <MessageBarBody>
            <MessageBarTitle>{t('Xong', 'Done')}</MessageBarTitle>
            <ul className={styles.list}>
              {reportLines(state.report, t).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
