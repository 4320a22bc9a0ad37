// Entry of the task pane page: inside Excel, the Excel host; anywhere else, the web page that opens an .xlsx.
import { createRoot } from 'react-dom/client';
import { isDocumentKind } from '../../core/documents/generate';
import { startWorker } from '../../worker/start-worker';
import { detectExcel } from '../office-host';
import { App } from './app';
import { savedLocale } from './i18n';
import { TemplateStore } from './template-store';
import { isViewId } from './view-ids';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage disabled by policy: nothing is remembered.
    return undefined;
  }
}

async function boot(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const office = await detectExcel();
  const host =
    office !== undefined
      ? (await import('../excel/host')).createExcelHost()
      : (await import('../../web/file-host')).createFileHost();
  const view = params.get('view');
  const kind = params.get('kind');
  const root = document.getElementById('root');
  if (root === null) return;
  const store = storage();
  createRoot(root).render(
    <App
      host={host}
      worker={startWorker}
      store={new TemplateStore(store)}
      initialView={isViewId(view) ? view : kind !== null ? 'documents' : 'check'}
      autoStart={isViewId(view)}
      {...(kind !== null && isDocumentKind(kind) ? { initialKind: kind } : {})}
      initialLocale={params.get('lang') === 'en' ? 'en' : savedLocale(store)}
      dark={office?.dark ?? false}
      {...(store === undefined ? {} : { storage: store })}
    />,
  );
}

void boot();
