// The yearly export: a year, the organizations (all by default), one .zip, a progress bar with cancel.
import {
  Button,
  Checkbox,
  Field,
  Label,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../../../core/findings';
import type { OrganizationChoice, OutputFile, Progress } from '../../../worker/protocol';
import { memo } from 'react';
import {
  BlockedNotice,
  ErrorNotice,
  Loading,
  NoDownloadNotice,
  ViewHeader,
  useViewStyles,
  type BlockedState,
} from '../components/common';
import { fileSize } from '../deliver';
import type { LoadStatus } from '../host';
import { useLocale, useT } from '../i18n';

export type ExportState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly load?: LoadStatus }
  | { readonly status: 'running'; readonly progress: Progress }
  | ({ readonly status: 'blocked' } & BlockedState)
  | {
      readonly status: 'done';
      readonly file: OutputFile;
      readonly documents: number;
      readonly summary?: OutputFile;
      /** Opening the summary in Excel failed: why. */
      readonly note?: string;
    }
  | { readonly status: 'cancelled' }
  | { readonly status: 'error'; readonly message: string };

export interface ExportViewProps {
  readonly state: ExportState;
  readonly years?: readonly number[];
  readonly year?: number;
  readonly onYear: (year: number) => void;
  readonly organizations: readonly OrganizationChoice[];
  /** Codes chosen; all when undefined. */
  readonly selected?: ReadonlySet<string>;
  readonly onSelected: (codes: ReadonlySet<string> | undefined) => void;
  readonly onExport: () => void;
  readonly onCancel: () => void;
  readonly onDownload: () => void;
  readonly canDownload: boolean;
  /** Excel on Mac: the summary workbook through Excel.createWorkbook. */
  readonly onOpenSummary?: () => void;
  readonly onSelect?: (finding: Finding) => void;
}

const useStyles = makeStyles({
  organizations: {
    maxHeight: '220px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '4px',
    display: 'flex',
    flexDirection: 'column',
  },
});

interface OrganizationListProps {
  readonly organizations: readonly OrganizationChoice[];
  readonly selected: ReadonlySet<string> | undefined;
  readonly onSelected: (codes: ReadonlySet<string> | undefined) => void;
}

/**
 * The checkboxes of up to a few hundred organizations: memoized, and disabled by the fieldset around them, so
 * that starting an export and its progress messages never re-render them (120 of them take about 100 ms).
 */
const OrganizationList = memo(function OrganizationList({
  organizations,
  selected,
  onSelected,
}: OrganizationListProps) {
  const own = useStyles();
  const t = useT();
  const chosen =
    selected === undefined
      ? organizations.length
      : organizations.filter((o) => selected.has(o.code)).length;
  const toggle = (code: string, on: boolean): void => {
    const next = new Set(selected ?? organizations.map((o) => o.code));
    if (on) next.add(code);
    else next.delete(code);
    onSelected(next.size === organizations.length ? undefined : next);
  };
  // Not a Field: a Field gives its one id to every checkbox inside it.
  return (
    <div role="group" aria-labelledby="export-organizations">
      <Label id="export-organizations" style={{ display: 'block', marginBottom: '4px' }}>
        {t(
          `Tổ chức đảng (${chosen}/${organizations.length})`,
          `Organizations (${chosen}/${organizations.length})`,
        )}
      </Label>
      <div className={own.organizations}>
        <Checkbox
          label={t('Tất cả', 'All')}
          checked={chosen === organizations.length ? true : chosen === 0 ? false : 'mixed'}
          onChange={(_, data) => onSelected(data.checked === true ? undefined : new Set())}
        />
        {organizations.map((o) => (
          <Checkbox
            key={o.code}
            label={`${o.code} — ${o.name}`}
            checked={selected === undefined || selected.has(o.code)}
            onChange={(_, data) => toggle(o.code, data.checked === true)}
          />
        ))}
      </div>
    </div>
  );
});

export function ExportView(props: ExportViewProps) {
  const { state, years, organizations, selected } = props;
  const styles = useViewStyles();
  const t = useT();
  const locale = useLocale();
  const running = state.status === 'running' || state.status === 'loading';
  const chosen =
    selected === undefined
      ? organizations.length
      : organizations.filter((o) => selected.has(o.code)).length;
  return (
    <div className={styles.view}>
      <ViewHeader title={t('Xuất bảng xếp loại cả năm', 'Export the year’s rating tables')}>
        {t(
          'Bảng tổng hợp xếp loại của từng tổ chức đảng và báo cáo chung, gói trong một tệp .zip.',
          'The rating table of every organization and the report, in one .zip file.',
        )}
      </ViewHeader>
      {years !== undefined && years.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t(
              'Sổ chưa có dữ liệu xếp loại (trang «Tổ chức đảng», «Đảng viên»).',
              'The workbook has no rating data («Tổ chức đảng», «Đảng viên»).',
            )}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.fields}>
        {years !== undefined && years.length > 0 ? (
          <Field label={t('Năm', 'Year')}>
            <Select
              className={styles.select}
              value={String(props.year ?? years[0])}
              onChange={(_, data) => props.onYear(Number(data.value))}
              disabled={running}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {organizations.length > 0 ? (
          <fieldset className={styles.fieldset} disabled={running}>
            <OrganizationList
              organizations={organizations}
              selected={selected}
              onSelected={props.onSelected}
            />
          </fieldset>
        ) : null}
      </div>
      <div className={styles.actions}>
        {state.status === 'running' ? (
          <Button onClick={props.onCancel}>{t('Hủy', 'Cancel')}</Button>
        ) : (
          <Button
            appearance={state.status === 'done' ? 'secondary' : 'primary'}
            onClick={props.onExport}
            disabled={running || chosen === 0 || (years !== undefined && years.length === 0)}
          >
            {t('Xuất tệp .zip', 'Export the .zip')}
          </Button>
        )}
      </div>
      {state.status === 'loading' ? (
        <Loading status={state.load} label={t('Đang đọc sổ…', 'Reading the workbook…')} />
      ) : null}
      {state.status === 'running' ? (
        <Field
          validationState="none"
          validationMessage={
            state.progress.total > 0
              ? t(
                  `Đã soạn ${state.progress.done}/${state.progress.total}${state.progress.label ? ` — ${state.progress.label}` : ''}`,
                  `Written ${state.progress.done}/${state.progress.total}${state.progress.label ? ` — ${state.progress.label}` : ''}`,
                )
              : t('Đang chuẩn bị…', 'Preparing…')
          }
        >
          <ProgressBar
            thickness="large"
            bar={{ className: styles.steadyBar }}
            value={
              state.progress.total > 0 ? state.progress.done / state.progress.total : undefined
            }
            aria-label={t('Tiến độ xuất', 'Export progress')}
          />
        </Field>
      ) : null}
      {state.status === 'cancelled' ? (
        <MessageBar intent="info">
          <MessageBarBody>
            {t('Đã hủy; không có tệp nào được tạo.', 'Cancelled; no file was made.')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'error' ? (
        <ErrorNotice message={state.message} onRetry={props.onExport} />
      ) : null}
      {state.status === 'blocked' ? (
        <BlockedNotice
          title={t('Chưa xuất được', 'Cannot export yet')}
          blocked={state}
          {...(props.onSelect === undefined ? {} : { onSelect: props.onSelect })}
        />
      ) : null}
      {state.status === 'done' ? (
        <>
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>{t('Đã xuất xong', 'Export finished')}</MessageBarTitle>
              {t(
                `${state.documents} văn bản trong ${state.file.fileName} (${fileSize(state.file.bytes.length, locale)}).`,
                `${state.documents} documents in ${state.file.fileName} (${fileSize(state.file.bytes.length, locale)}).`,
              )}
            </MessageBarBody>
          </MessageBar>
          {props.canDownload ? (
            <div className={styles.actions}>
              <Button appearance="primary" onClick={props.onDownload}>
                {t('Tải tệp .zip', 'Download the .zip')}
              </Button>
            </div>
          ) : (
            <NoDownloadNotice
              command={`npx vankien export-ratings so-theo-doi.xlsx --year ${props.year ?? ''}`}
              {...(props.onOpenSummary === undefined
                ? {}
                : { onOpenWorkbook: props.onOpenSummary })}
            />
          )}
          {state.note === undefined ? null : <ErrorNotice message={state.note} />}
        </>
      ) : null}
    </div>
  );
}
