// The task pane: a short header, five views, one primary action each. Talks to its host (Excel or a file)
// and to the worker; holds no workbook data itself beyond what the views show.
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { documentKindInfo, documentKinds, type DocumentKind } from '../../core/documents/generate';
import type { Finding, Locale } from '../../core/findings';
import { foldKey } from '../../core/text/normalize';
import { conferencesSheet } from '../../core/workbook/contract';
import type { WorkerClient } from '../../worker/client';
import { RequestCancelled } from '../../worker/client';
import type { LoadResult, OutputFile, WorkbookOverview } from '../../worker/protocol';
import { blockedOf, errorText, useViewStyles } from './components/common';
import { downloadFile } from './deliver';
import { canDownload, type LoadStatus, type WorkbookHost } from './host';
import { LocaleContext, saveLocale, translator } from './i18n';
import type { TemplateStore } from './template-store';
import { CheckView, type CheckState } from './views/check-view';
import { DocumentsView, type DocumentsState } from './views/documents-view';
import { ExportView, type ExportState } from './views/export-view';
import { SetupView, type SetupState } from './views/setup-view';
import type { ViewId } from './view-ids';
import { TemplatesView, type SavedTemplateInfo, type TemplateCheck } from './views/templates-view';

export interface AppProps {
  readonly host: WorkbookHost;
  /** Started on first use: the worker chunk is not part of the initial download. */
  readonly worker: () => WorkerClient;
  readonly store: TemplateStore;
  readonly initialView?: ViewId;
  /** Opened by a ribbon button: start the view's action (Excel only; a file must be opened first). */
  readonly autoStart?: boolean;
  readonly initialKind?: DocumentKind;
  readonly initialLocale?: Locale;
  readonly dark?: boolean;
  readonly storage?: Storage;
}

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', alignItems: 'center', gap: '8px', padding: '10px 16px 4px' },
  brand: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  subtitle: {
    color: tokens.colorNeutralForeground3,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  tabs: {
    padding: '0 8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowX: 'auto',
  },
  fileBar: {
    display: 'flex',
    alignItems: 'center',
    gap: '8px',
    padding: '8px 16px',
    background: tokens.colorNeutralBackground2,
  },
  fileName: {
    flexGrow: 1,
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase200,
  },
  hidden: { display: 'none' },
  footer: { padding: '8px 16px 16px', color: tokens.colorNeutralForeground3 },
});

/** Index of the contract's `Hội nghị` sheet name, to match the active cell's sheet. */
const conferencesKey = foldKey(conferencesSheet.name);

export function App(props: AppProps) {
  const { host, store } = props;
  const styles = useStyles();
  const viewStyles = useViewStyles();
  const [locale, setLocale] = useState<Locale>(props.initialLocale ?? 'vi');
  const t = translator(locale);
  const [view, setView] = useState<ViewId>(props.initialView ?? 'check');
  const [fileName, setFileName] = useState<string | undefined>(undefined);
  const [fileProblem, setFileProblem] = useState<Finding | undefined>(undefined);
  const [opening, setOpening] = useState(false);
  const [overview, setOverview] = useState<WorkbookOverview | undefined>(undefined);
  const [checkState, setCheckState] = useState<CheckState>({ status: 'idle' });
  const [setupState, setSetupState] = useState<SetupState>({ status: 'idle' });
  const [documentsState, setDocumentsState] = useState<DocumentsState>({ status: 'idle' });
  const [exportState, setExportState] = useState<ExportState>({ status: 'idle' });
  const [kind, setKind] = useState<DocumentKind>(props.initialKind ?? 'nghi-quyet');
  const [conference, setConference] = useState<string | undefined>(undefined);
  const [year, setYear] = useState<number | undefined>(undefined);
  const [selectedOrganizations, setSelectedOrganizations] = useState<
    ReadonlySet<string> | undefined
  >(undefined);
  const [saved, setSaved] = useState<Partial<Record<DocumentKind, SavedTemplateInfo>>>(() =>
    savedTemplates(store),
  );
  const [templateChecks, setTemplateChecks] = useState<
    Partial<Record<DocumentKind, TemplateCheck>>
  >({});
  const exportAbort = useRef<AbortController | undefined>(undefined);
  const workerRef = useRef<WorkerClient | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);
  const worker = useCallback((): WorkerClient => (workerRef.current ??= props.worker()), [props]);
  const downloads = canDownload(host.platform);
  const needsFile = host.kind === 'file' && fileName === undefined;

  useEffect(() => saveLocale(props.storage, locale), [locale, props.storage]);

  /** Reads the workbook (Excel: now; file: already read) and checks it; the overview feeds every view. */
  const overviewRef = useRef<WorkbookOverview | undefined>(undefined);
  overviewRef.current = overview;
  const refresh = useCallback(
    async (
      onStatus: (status: LoadStatus) => void,
    ): Promise<{ loaded: LoadResult; overview?: WorkbookOverview }> => {
      const loaded = await host.load(worker(), onStatus);
      if (!loaded.ok) return { loaded };
      // A file does not change once read; Excel's workbook may have changed since the last look.
      const known = overviewRef.current;
      if (host.kind === 'file' && known !== undefined) return { loaded, overview: known };
      const next = await worker().request('check', {});
      setOverview(next);
      return { loaded, overview: next };
    },
    [host, worker],
  );

  const runCheck = useCallback(async () => {
    setCheckState({ status: 'loading' });
    try {
      const { loaded, overview: next } = await refresh((load) =>
        setCheckState({ status: 'loading', load }),
      );
      if (!loaded.ok) setCheckState({ status: 'unreadable', problem: loaded.problem });
      else if (next === undefined || next.sheetsFound.length === 0)
        setCheckState({ status: 'no-sheets' });
      else setCheckState({ status: 'done', findings: next.findings, highlight: 'off' });
    } catch (error) {
      setCheckState({ status: 'error', message: errorText(error, t) });
    }
  }, [refresh, t]);

  const selectFinding = useCallback(
    (finding: Finding) => {
      host.excel
        ?.selectCell(finding.sheet, finding.cell)
        .catch((error: unknown) =>
          setCheckState((s) => (s.status === 'done' ? { ...s, note: errorText(error, t) } : s)),
        );
    },
    [host, t],
  );

  const highlight = useCallback(async () => {
    if (checkState.status !== 'done' || host.excel === undefined) return;
    const findings = checkState.findings;
    setCheckState({ ...checkState, highlight: 'busy' });
    try {
      const report = await host.excel.highlight(findings);
      const note =
        report.protectedSheets.length > 0
          ? t(
              `Không tô được trên trang đang bảo vệ: ${report.protectedSheets.join(', ')}.`,
              `Protected sheets not highlighted: ${report.protectedSheets.join(', ')}.`,
            )
          : t(
              `Đã tô màu ${report.cells} ô (định dạng có điều kiện; giá trị không đổi).`,
              `${report.cells} cells highlighted (conditional formats; values unchanged).`,
            );
      setCheckState({ status: 'done', findings, highlight: 'on', note });
    } catch (error) {
      setCheckState({ status: 'done', findings, highlight: 'off', note: errorText(error, t) });
    }
  }, [checkState, host, t]);

  const clearHighlight = useCallback(async () => {
    if (checkState.status !== 'done' || host.excel === undefined) return;
    const findings = checkState.findings;
    setCheckState({ ...checkState, highlight: 'busy' });
    try {
      const removed = await host.excel.clearHighlights();
      setCheckState({
        status: 'done',
        findings,
        highlight: 'off',
        note: t(`Đã bỏ tô màu ${removed} ô.`, `${removed} highlights removed.`),
      });
    } catch (error) {
      setCheckState({ status: 'done', findings, highlight: 'on', note: errorText(error, t) });
    }
  }, [checkState, host, t]);

  const planSetup = useCallback(async () => {
    if (host.excel === undefined) return;
    setSetupState({ status: 'loading' });
    try {
      setSetupState({ status: 'plan', plan: await host.excel.planSetup() });
    } catch (error) {
      setSetupState({ status: 'error', message: errorText(error, t) });
    }
  }, [host, t]);

  const applySetup = useCallback(async () => {
    if (host.excel === undefined || setupState.status !== 'plan') return;
    setSetupState({ status: 'applying', plan: setupState.plan });
    try {
      setSetupState({ status: 'done', report: await host.excel.applySetup(setupState.plan) });
      setOverview(undefined);
    } catch (error) {
      setSetupState({ status: 'error', message: errorText(error, t) });
    }
  }, [host, setupState, t]);

  const downloadEmpty = useCallback(async () => {
    setSetupState({ status: 'loading' });
    try {
      downloadFile(await worker().request('contract-workbook', {}));
      setSetupState({ status: 'idle' });
    } catch (error) {
      setSetupState({ status: 'error', message: errorText(error, t) });
    }
  }, [worker, t]);

  /** The conference under the active cell of the `Hội nghị` sheet, else the one chosen before, else the first. */
  const chooseConference = useCallback(
    async (next: WorkbookOverview) => {
      let code =
        conference !== undefined && next.conferences.some((c) => c.code === conference)
          ? conference
          : next.conferences[0]?.code;
      if (host.excel !== undefined) {
        // The active cell is only a hint: without one (a chart selected, Excel busy) the default stands.
        const active = await host.excel.activeCell().catch(() => undefined);
        const under =
          active === undefined || foldKey(active.sheet) !== conferencesKey
            ? undefined
            : next.conferences.find((c) => c.sheet === active.sheet && c.row === active.row);
        if (under !== undefined) code = under.code;
      }
      setConference(code);
      if (year === undefined || !next.years.includes(year)) setYear(next.years[0]);
    },
    [conference, host, year],
  );

  const prepareChoices = useCallback(
    async (
      setState: (
        state:
          | { status: 'idle' }
          | { status: 'loading'; load?: LoadStatus }
          | { status: 'error'; message: string },
      ) => void,
    ) => {
      if (needsFile) return;
      setState({ status: 'loading' });
      try {
        const { loaded, overview: next } = await refresh((load) =>
          setState({ status: 'loading', load }),
        );
        if (!loaded.ok) {
          setState({
            status: 'error',
            message: locale === 'en' ? loaded.problem.messageEn : loaded.problem.message,
          });
          return;
        }
        if (next !== undefined) await chooseConference(next);
        setState({ status: 'idle' });
      } catch (error) {
        setState({ status: 'error', message: errorText(error, t) });
      }
    },
    [chooseConference, locale, needsFile, refresh, t],
  );

  // Opening Documents or Export reads the workbook once for its conferences, years and organizations.
  useEffect(() => {
    if (overview !== undefined || needsFile) return;
    if (view === 'documents' && documentsState.status === 'idle')
      void prepareChoices(setDocumentsState);
    if (view === 'export' && exportState.status === 'idle') void prepareChoices(setExportState);
  }, [view, overview, needsFile]);

  const generate = useCallback(async () => {
    setDocumentsState({ status: 'loading' });
    try {
      const { loaded, overview: next } = await refresh((load) =>
        setDocumentsState({ status: 'loading', load }),
      );
      if (!loaded.ok) {
        setDocumentsState({ status: 'blocked', findings: [loaded.problem] });
        return;
      }
      let code = conference;
      if (
        next !== undefined &&
        (code === undefined || !next.conferences.some((c) => c.code === code))
      )
        code = next.conferences[0]?.code;
      const template = store.template(kind);
      const result = await worker().request('generate', {
        kind,
        ...(documentKindInfo[kind].perConference && code !== undefined ? { conference: code } : {}),
        ...(!documentKindInfo[kind].perConference && year !== undefined ? { year } : {}),
        ...(template === undefined ? {} : { template }),
      });
      if (result.ok)
        setDocumentsState({
          status: 'done',
          file: result.file,
          preview: result.preview,
          notes: result.notes,
        });
      else setDocumentsState({ status: 'blocked', ...blockedOf(result) });
    } catch (error) {
      setDocumentsState({ status: 'error', message: errorText(error, t) });
    }
  }, [conference, kind, refresh, store, t, worker, year]);

  const runExport = useCallback(async () => {
    const abort = new AbortController();
    exportAbort.current = abort;
    setExportState({ status: 'loading' });
    try {
      const { loaded, overview: next } = await refresh((load) =>
        setExportState({ status: 'loading', load }),
      );
      if (!loaded.ok) {
        setExportState({ status: 'blocked', findings: [loaded.problem] });
        return;
      }
      const chosenYear = year !== undefined && next?.years.includes(year) ? year : next?.years[0];
      if (chosenYear === undefined) {
        setExportState({
          status: 'blocked',
          findings: [],
          problem: { vi: 'Sổ chưa có dữ liệu xếp loại.', en: 'The workbook has no rating data.' },
        });
        return;
      }
      setExportState({ status: 'running', progress: { done: 0, total: 0 } });
      let lastProgress = 0;
      const template = store.template('bao-cao-xep-loai');
      const result = await worker().request(
        'export',
        {
          year: chosenYear,
          ...(selectedOrganizations === undefined
            ? {}
            : { organizations: [...selectedOrganizations] }),
          ...(template === undefined ? {} : { template }),
        },
        {
          signal: abort.signal,
          // One render per 100 ms at most: the worker reports every organization.
          onProgress: (progress) => {
            const now = performance.now();
            if (now - lastProgress < 100 && progress.done < progress.total) return;
            lastProgress = now;
            setExportState({ status: 'running', progress });
          },
        },
      );
      if (result.ok)
        setExportState({
          status: 'done',
          file: result.file,
          documents: result.documents,
          ...(result.summary === undefined ? {} : { summary: result.summary }),
        });
      else setExportState({ status: 'blocked', ...blockedOf(result) });
    } catch (error) {
      setExportState(
        error instanceof RequestCancelled
          ? { status: 'cancelled' }
          : { status: 'error', message: errorText(error, t) },
      );
    } finally {
      exportAbort.current = undefined;
    }
  }, [refresh, selectedOrganizations, store, t, worker, year]);

  const chooseTemplate = useCallback(
    async (templateKind: DocumentKind, file: File) => {
      setTemplateChecks((c) => ({ ...c, [templateKind]: { status: 'checking', name: file.name } }));
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const report = await worker().request('preflight', {
          kind: templateKind,
          template: { name: file.name, bytes },
        });
        if (report.problems.length > 0) {
          setTemplateChecks((c) => ({
            ...c,
            [templateKind]: { status: 'problems', name: file.name, problems: report.problems },
          }));
          return;
        }
        if (!store.save(templateKind, { name: file.name, bytes })) {
          setTemplateChecks((c) => ({
            ...c,
            [templateKind]: {
              status: 'error',
              name: file.name,
              message: t(
                'Trình duyệt không cho lưu mẫu này (bộ nhớ đầy hoặc tệp quá 2 MB).',
                'The browser refused to keep this template (storage full or file over 2 MB).',
              ),
            },
          }));
          return;
        }
        setSaved(savedTemplates(store));
        setTemplateChecks((c) => ({
          ...c,
          [templateKind]: { status: 'ok', name: file.name, tags: report.tags.length },
        }));
      } catch (error) {
        setTemplateChecks((c) => ({
          ...c,
          [templateKind]: { status: 'error', name: file.name, message: errorText(error, t) },
        }));
      }
    },
    [store, t, worker],
  );

  const resetTemplate = useCallback(
    (templateKind: DocumentKind) => {
      store.remove(templateKind);
      setSaved((s) => {
        const next = { ...s };
        delete next[templateKind];
        return next;
      });
      setTemplateChecks((c) => {
        const next = { ...c };
        delete next[templateKind];
        return next;
      });
    },
    [store],
  );

  const openFile = useCallback(
    async (file: File) => {
      if (host.file === undefined) return;
      setOpening(true);
      setFileProblem(undefined);
      try {
        const result = await host.file.open(file, worker());
        setOverview(undefined);
        setCheckState({ status: 'idle' });
        setDocumentsState({ status: 'idle' });
        setExportState({ status: 'idle' });
        if (result.ok) {
          setFileName(file.name);
          if (view === 'setup' || view === 'templates') setView('check');
        } else {
          setFileName(undefined);
          setFileProblem(result.problem);
        }
      } catch (error) {
        setFileProblem({
          rule: 'S4',
          severity: 'error',
          sheet: '',
          cell: '',
          message: errorText(error, translator('vi')),
          messageEn: errorText(error, translator('en')),
        });
      } finally {
        setOpening(false);
      }
    },
    [host, view, worker],
  );

  // A ribbon button opens the pane on its action: do it.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || props.autoStart !== true || host.excel === undefined) return;
    started.current = true;
    if (view === 'check') void runCheck();
    else if (view === 'setup') void planSetup();
  }, [host.excel, planSetup, props.autoStart, runCheck, view]);

  // A file opened and a view that reads the workbook: check right away.
  useEffect(() => {
    if (
      host.kind === 'file' &&
      fileName !== undefined &&
      view === 'check' &&
      checkState.status === 'idle'
    )
      void runCheck();
  }, [host.kind, fileName, view, checkState.status, runCheck]);

  const theme = props.dark ? webDarkTheme : webLightTheme;
  const conferences = overview?.conferences;
  const organizations = useMemo(
    () =>
      overview === undefined
        ? []
        : (overview.organizationsByYear[year ?? overview.years[0] ?? 0] ?? []),
    [overview, year],
  );
  const openButton = (
    <>
      <Button
        appearance={fileName === undefined ? 'primary' : 'secondary'}
        size={fileName === undefined ? 'medium' : 'small'}
        onClick={() => fileInput.current?.click()}
        disabled={opening}
      >
        {opening
          ? t('Đang mở…', 'Opening…')
          : fileName === undefined
            ? t('Mở tệp .xlsx', 'Open an .xlsx')
            : t('Mở tệp khác', 'Open another')}
      </Button>
      <input
        ref={fileInput}
        className={styles.hidden}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('Chọn sổ theo dõi (.xlsx)', 'Choose the workbook (.xlsx)')}
        data-testid="open-xlsx"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file !== undefined) void openFile(file);
          event.target.value = '';
        }}
      />
    </>
  );
  const workbookView = view === 'check' || view === 'documents' || view === 'export';

  return (
    <LocaleContext.Provider value={locale}>
      <FluentProvider theme={theme} className={styles.root} lang={locale}>
        <header className={styles.header}>
          <div className={styles.brand}>
            <h1 className={styles.title}>Văn kiện</h1>
            <Caption1 className={styles.subtitle}>
              {host.kind === 'excel'
                ? t('Sổ theo dõi đang mở trong Excel', 'The workbook open in Excel')
                : t(
                    'Trang web — dữ liệu không rời khỏi máy',
                    'Web page — data stays on this computer',
                  )}
            </Caption1>
          </div>
          <Button
            size="small"
            appearance="subtle"
            onClick={() => setLocale(locale === 'vi' ? 'en' : 'vi')}
            aria-label={locale === 'vi' ? 'English' : 'Tiếng Việt'}
          >
            {locale === 'vi' ? 'EN' : 'VI'}
          </Button>
        </header>
        <nav className={styles.tabs}>
          <TabList
            size="small"
            selectedValue={view}
            onTabSelect={(_, data) => setView(data.value as ViewId)}
          >
            <Tab value="setup">{t('Thiết lập', 'Set up')}</Tab>
            <Tab value="check">{t('Kiểm tra', 'Check')}</Tab>
            <Tab value="documents">{t('Văn bản', 'Documents')}</Tab>
            <Tab value="export">{t('Xuất năm', 'Yearly')}</Tab>
            <Tab value="templates">{t('Mẫu', 'Templates')}</Tab>
          </TabList>
        </nav>
        {host.kind === 'file' && fileName !== undefined ? (
          <div className={styles.fileBar}>
            <span className={styles.fileName} title={fileName}>
              {fileName}
            </span>
            {openButton}
          </div>
        ) : null}
        <main>
          {needsFile && workbookView ? (
            <div className={viewStyles.view}>
              <h2 className={viewStyles.title}>{t('Mở sổ theo dõi', 'Open the workbook')}</h2>
              <p className={viewStyles.lead} style={{ margin: 0 }}>
                {t(
                  'Trang này chạy Văn kiện ngay trong trình duyệt, không cần Excel: chọn tệp sổ theo dõi (.xlsx) trên máy. Tệp được đọc tại chỗ, không gửi đi đâu.',
                  'This page runs Văn kiện in the browser, without Excel: choose the workbook (.xlsx) on this computer. It is read here and sent nowhere.',
                )}
              </p>
              <div className={viewStyles.actions}>{openButton}</div>
              {fileProblem === undefined ? null : (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>
                      {t('Không đọc được tệp', 'The file cannot be read')}
                    </MessageBarTitle>
                    {locale === 'en' ? fileProblem.messageEn : fileProblem.message}
                  </MessageBarBody>
                </MessageBar>
              )}
            </div>
          ) : view === 'check' ? (
            <CheckView
              state={checkState}
              onCheck={() => void runCheck()}
              {...(host.excel === undefined
                ? {}
                : {
                    onSelect: selectFinding,
                    onHighlight: () => void highlight(),
                    onClearHighlight: () => void clearHighlight(),
                    onSetup: () => setView('setup'),
                  })}
              {...(host.kind === 'file' ? { onSetup: () => setView('setup') } : {})}
            />
          ) : view === 'setup' ? (
            <SetupView
              state={setupState}
              canDownload={downloads}
              onCheck={() => {
                setView('check');
                void runCheck();
              }}
              {...(host.excel === undefined
                ? { onDownloadEmpty: () => void downloadEmpty() }
                : { onPlan: () => void planSetup(), onApply: () => void applySetup() })}
            />
          ) : view === 'documents' ? (
            <DocumentsView
              state={documentsState}
              kind={kind}
              onKind={(k) => {
                setKind(k);
                setDocumentsState({ status: 'idle' });
              }}
              {...(conferences === undefined ? {} : { conferences })}
              {...(conference === undefined ? {} : { conference })}
              onConference={(code) => {
                setConference(code);
                setDocumentsState({ status: 'idle' });
              }}
              {...(overview === undefined ? {} : { years: overview.years })}
              {...(year === undefined ? {} : { year })}
              onYear={(y) => {
                setYear(y);
                setDocumentsState({ status: 'idle' });
              }}
              {...(saved[kind] === undefined ? {} : { templateName: saved[kind].name })}
              onGenerate={() => void generate()}
              onDownload={() =>
                documentsState.status === 'done' && downloadFile(documentsState.file)
              }
              canDownload={downloads}
              {...(host.excel === undefined ? {} : { onSelect: selectFinding })}
            />
          ) : view === 'export' ? (
            <ExportView
              state={exportState}
              {...(overview === undefined ? {} : { years: overview.years })}
              {...(year === undefined ? {} : { year })}
              onYear={(y) => {
                setYear(y);
                setSelectedOrganizations(undefined);
              }}
              organizations={organizations}
              {...(selectedOrganizations === undefined ? {} : { selected: selectedOrganizations })}
              onSelected={setSelectedOrganizations}
              onExport={() => void runExport()}
              onCancel={() => exportAbort.current?.abort()}
              onDownload={() => exportState.status === 'done' && downloadFile(exportState.file)}
              canDownload={downloads}
              {...(host.excel?.openWorkbook !== undefined &&
              exportState.status === 'done' &&
              exportState.summary !== undefined
                ? {
                    onOpenSummary: () =>
                      void host.excel
                        ?.openWorkbook?.((exportState.summary as OutputFile).bytes)
                        .catch((error: unknown) =>
                          setExportState((s) =>
                            s.status === 'done' ? { ...s, note: errorText(error, t) } : s,
                          ),
                        ),
                  }
                : {})}
              {...(host.excel === undefined ? {} : { onSelect: selectFinding })}
            />
          ) : (
            <TemplatesView
              saved={saved}
              checks={templateChecks}
              onChoose={(k, f) => void chooseTemplate(k, f)}
              onReset={resetTemplate}
            />
          )}
        </main>
        <footer className={styles.footer}>
          <Caption1>
            {t(
              'Dữ liệu của đảng viên chỉ được xử lý trên máy này; không gửi đi, không thu thập số liệu sử dụng.',
              'Member data is processed on this computer only; nothing is sent, no usage data is collected.',
            )}
          </Caption1>
        </footer>
      </FluentProvider>
    </LocaleContext.Provider>
  );
}

function savedTemplates(store: TemplateStore): Partial<Record<DocumentKind, SavedTemplateInfo>> {
  const saved: Partial<Record<DocumentKind, SavedTemplateInfo>> = {};
  for (const kind of documentKinds) {
    const info = store.info(kind);
    if (info !== undefined) saved[kind] = info;
  }
  return saved;
}
