// Templates: a user's own .docx per kind, checked by the pre-flight before it is kept (remembered for next time).
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef } from 'react';
import {
  documentKindInfo,
  documentKinds,
  type DocumentKind,
} from '../../../core/documents/generate';
import type { TemplateProblem } from '../../../core/template/index';
import { ViewHeader, useViewStyles } from '../components/common';
import { messageOf, useLocale, useT } from '../i18n';

export type TemplateCheck =
  | { readonly status: 'checking'; readonly name: string }
  | { readonly status: 'ok'; readonly name: string; readonly tags: number }
  | {
      readonly status: 'problems';
      readonly name: string;
      readonly problems: readonly TemplateProblem[];
    }
  | { readonly status: 'error'; readonly name: string; readonly message: string };

export interface SavedTemplateInfo {
  readonly name: string;
  readonly size: number;
  readonly savedAt: string;
}

export interface TemplatesViewProps {
  readonly saved: Readonly<Partial<Record<DocumentKind, SavedTemplateInfo>>>;
  readonly checks: Readonly<Partial<Record<DocumentKind, TemplateCheck>>>;
  readonly onChoose: (kind: DocumentKind, file: File) => void;
  readonly onReset: (kind: DocumentKind) => void;
}

const useStyles = makeStyles({
  kind: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: '10px',
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  hidden: { display: 'none' },
});

function KindRow({
  kind,
  saved,
  check,
  onChoose,
  onReset,
}: { kind: DocumentKind; saved?: SavedTemplateInfo; check?: TemplateCheck } & Pick<
  TemplatesViewProps,
  'onChoose' | 'onReset'
>) {
  const styles = useViewStyles();
  const own = useStyles();
  const t = useT();
  const locale = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const info = documentKindInfo[kind];
  return (
    <section className={own.kind} aria-label={info.title}>
      <div className={own.name}>{locale === 'en' ? info.titleEn : info.title}</div>
      <div className={own.meta}>
        {saved === undefined
          ? t(`Mẫu dựng sẵn (${info.template})`, `Built-in template (${info.template})`)
          : t(`Mẫu của đơn vị: ${saved.name}`, `Your template: ${saved.name}`)}
      </div>
      <div className={styles.actions}>
        <Button size="small" onClick={() => input.current?.click()}>
          {t('Chọn tệp .docx…', 'Choose a .docx…')}
        </Button>
        {saved === undefined ? null : (
          <Button size="small" appearance="subtle" onClick={() => onReset(kind)}>
            {t('Dùng lại mẫu dựng sẵn', 'Back to the built-in one')}
          </Button>
        )}
        <input
          ref={input}
          className={own.hidden}
          type="file"
          accept=".docx,.dotx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label={t(`Tệp mẫu ${info.title}`, `${info.titleEn} template file`)}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file !== undefined) onChoose(kind, file);
            event.target.value = '';
          }}
        />
      </div>
      {check?.status === 'checking' ? (
        <Spinner
          size="tiny"
          label={t(`Đang kiểm tra ${check.name}…`, `Checking ${check.name}…`)}
          labelPosition="after"
        />
      ) : null}
      {check?.status === 'ok' ? (
        <MessageBar intent="success">
          <MessageBarBody>
            {t(
              `${check.name}: dùng được (${check.tags} thẻ). Đã lưu cho lần sau.`,
              `${check.name}: usable (${check.tags} tags). Saved for next time.`,
            )}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {check?.status === 'problems' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {t(
                `${check.name}: chưa dùng được, không lưu`,
                `${check.name}: not usable, not saved`,
              )}
            </MessageBarTitle>
            <ul className={styles.list}>
              {check.problems.map((p, i) => (
                <li key={i}>{messageOf(p, locale)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {check?.status === 'error' ? (
        <MessageBar intent="error">
          <MessageBarBody>{check.message}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

export function TemplatesView({ saved, checks, onChoose, onReset }: TemplatesViewProps) {
  const styles = useViewStyles();
  const t = useT();
  return (
    <div className={styles.view}>
      <ViewHeader title={t('Mẫu văn bản', 'Templates')}>
        {t(
          'Dùng mẫu Word riêng của đơn vị cho từng loại văn bản. Mẫu được kiểm tra trước (các thẻ {{…}} phải đúng), chỉ được lưu khi dùng được, và được nhớ trên máy này.',
          'Use your own Word template per kind. It is checked first (its {{…}} tags must be right), kept only when usable, and remembered on this computer.',
        )}
      </ViewHeader>
      {documentKinds.map((kind) => {
        const s = saved[kind];
        const c = checks[kind];
        return (
          <KindRow
            key={kind}
            kind={kind}
            onChoose={onChoose}
            onReset={onReset}
            {...(s === undefined ? {} : { saved: s })}
            {...(c === undefined ? {} : { check: c })}
          />
        );
      })}
    </div>
  );
}
