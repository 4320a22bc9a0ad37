// Documents: choose the conference (the one under the active cell by default) and the kind, generate,
// see the key fields, then download.
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
} from '@fluentui/react-components';
import {
  documentKindInfo,
  documentKinds,
  type DocumentKind,
} from '../../../core/documents/generate';
import type { Finding } from '../../../core/findings';
import type { ConferenceChoice, OutputFile, PreviewField } from '../../../worker/protocol';
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
import { bilingual, useLocale, useT } from '../i18n';

export type DocumentsState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly load?: LoadStatus }
  | ({ readonly status: 'blocked' } & BlockedState)
  | {
      readonly status: 'done';
      readonly file: OutputFile;
      readonly preview: readonly PreviewField[];
      readonly notes: readonly Finding[];
    }
  | { readonly status: 'error'; readonly message: string };

export interface DocumentsViewProps {
  readonly state: DocumentsState;
  readonly kind: DocumentKind;
  readonly onKind: (kind: DocumentKind) => void;
  /** Undefined until the workbook was read. */
  readonly conferences?: readonly ConferenceChoice[];
  readonly conference?: string;
  readonly onConference: (code: string) => void;
  readonly years?: readonly number[];
  readonly year?: number;
  readonly onYear: (year: number) => void;
  /** Name of the user's template for this kind, when one is in use. */
  readonly templateName?: string;
  readonly onGenerate: () => void;
  readonly onDownload: () => void;
  readonly canDownload: boolean;
  readonly onSelect?: (finding: Finding) => void;
}

export function DocumentsView(props: DocumentsViewProps) {
  const { state, kind, conferences, years, canDownload } = props;
  const styles = useViewStyles();
  const t = useT();
  const locale = useLocale();
  const info = documentKindInfo[kind];
  const busy = state.status === 'loading';
  const noChoice = info.perConference
    ? conferences !== undefined && conferences.length === 0
    : years !== undefined && years.length === 0;
  return (
    <div className={styles.view}>
      <ViewHeader title={t('Soạn văn bản', 'Write a document')}>
        {t(
          'Văn bản đúng thể thức Hướng dẫn 36-HD/VPTW, soạn từ dữ liệu trong sổ.',
          'Documents in the layout of Guideline 36-HD/VPTW, from the workbook data.',
        )}
      </ViewHeader>
      <div className={styles.fields}>
        <Field label={t('Loại văn bản', 'Kind')}>
          <RadioGroup value={kind} onChange={(_, data) => props.onKind(data.value as DocumentKind)}>
            {documentKinds.map((k) => (
              <Radio
                key={k}
                value={k}
                label={locale === 'en' ? documentKindInfo[k].titleEn : documentKindInfo[k].title}
                disabled={busy}
              />
            ))}
          </RadioGroup>
        </Field>
        {info.perConference && conferences !== undefined && conferences.length > 0 ? (
          <Field
            label={t('Hội nghị', 'Conference')}
            hint={t(
              'Mặc định là hội nghị ở dòng đang chọn trên trang «Hội nghị».',
              'By default, the conference on the selected row of the «Hội nghị» sheet.',
            )}
          >
            <Select
              className={styles.select}
              value={props.conference ?? ''}
              onChange={(_, data) => props.onConference(data.value)}
              disabled={busy}
            >
              {conferences.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {!info.perConference && years !== undefined && years.length > 0 ? (
          <Field label={t('Năm xếp loại', 'Rating year')}>
            <Select
              className={styles.select}
              value={String(props.year ?? years[0] ?? '')}
              onChange={(_, data) => props.onYear(Number(data.value))}
              disabled={busy}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {props.templateName === undefined ? null : (
          <MessageBar intent="info">
            <MessageBarBody>
              {t(
                `Dùng mẫu của đơn vị: ${props.templateName}`,
                `Using your template: ${props.templateName}`,
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {noChoice ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {info.perConference
              ? t(
                  'Sổ chưa có hội nghị nào trên trang «Hội nghị».',
                  'The workbook has no conference on the «Hội nghị» sheet.',
                )
              : t(
                  'Sổ chưa có dữ liệu xếp loại (trang «Tổ chức đảng», «Đảng viên»).',
                  'The workbook has no rating data («Tổ chức đảng», «Đảng viên»).',
                )}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance={state.status === 'done' ? 'secondary' : 'primary'}
          onClick={props.onGenerate}
          disabled={busy}
        >
          {t(`Soạn ${info.title}`, `Write the ${info.titleEn.toLowerCase()}`)}
        </Button>
      </div>
      {state.status === 'loading' ? (
        <Loading status={state.load} label={t('Đang soạn…', 'Writing…')} />
      ) : null}
      {state.status === 'error' ? (
        <ErrorNotice message={state.message} onRetry={props.onGenerate} />
      ) : null}
      {state.status === 'blocked' ? (
        <BlockedNotice
          title={t(
            `Chưa soạn được ${info.title.toLowerCase()}`,
            `The ${info.titleEn.toLowerCase()} cannot be written yet`,
          )}
          blocked={state}
          {...(props.onSelect === undefined ? {} : { onSelect: props.onSelect })}
        />
      ) : null}
      {state.status === 'done' ? (
        <>
          <dl className={styles.preview} aria-label={t('Xem trước', 'Preview')}>
            {state.preview.map((f) => (
              <div key={f.label.en} style={{ display: 'contents' }}>
                <dt className={styles.term}>{bilingual(f.label, locale)}</dt>
                <dd className={styles.definition}>{f.value}</dd>
              </div>
            ))}
          </dl>
          {canDownload ? (
            <div className={styles.actions}>
              <Button appearance="primary" onClick={props.onDownload}>
                {t('Tải xuống', 'Download')} ({fileSize(state.file.bytes.length, locale)})
              </Button>
              <span className={styles.code}>{state.file.fileName}</span>
            </div>
          ) : (
            <NoDownloadNotice
              command={`npx vankien generate so-theo-doi.xlsx --doc ${kind}${info.perConference && props.conference ? ` --conference ${props.conference}` : ''}`}
            />
          )}
          {state.notes.some((n) => n.severity === 'warning') ? (
            <MessageBar intent="warning">
              <MessageBarBody>
                {t(
                  `Có ${state.notes.filter((n) => n.severity === 'warning').length} cảnh báo liên quan (không chặn việc soạn): xem ở mục Kiểm tra.`,
                  `${state.notes.filter((n) => n.severity === 'warning').length} related warning(s) (not blocking): see Check.`,
                )}
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
