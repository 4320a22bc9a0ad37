// What the task pane needs of where it runs: Excel (Office.js) or a web page with an .xlsx opened from disk.
import type { Finding } from '../../core/findings';
import type { LoadResult } from '../../worker/protocol';
import type { WorkerClient } from '../../worker/client';
import type { SetupPlan } from '../setup-plan';
import type { ActiveCell, HighlightReport } from '../excel/cells';
import type { SetupReport } from '../excel/setup';

/** Where downloads work: everywhere but Excel on Mac (WKWebView). */
export type Platform = 'windows' | 'mac' | 'web' | 'browser' | 'other';

export interface LoadStatus {
  /** Excel is in cell-edit mode: the read waits for the user to leave the cell. */
  readonly waitingForEdit?: boolean;
  readonly rowsRead?: number;
  readonly rowsTotal?: number;
}

export interface ExcelActions {
  planSetup(): Promise<SetupPlan>;
  applySetup(plan: SetupPlan): Promise<SetupReport>;
  selectCell(sheet: string, cell: string): Promise<void>;
  highlight(findings: readonly Finding[]): Promise<HighlightReport>;
  clearHighlights(): Promise<number>;
  activeCell(): Promise<ActiveCell | undefined>;
  /** Excel.createWorkbook (ExcelApi 1.8): the way to hand over an .xlsx where downloads cannot work. */
  readonly openWorkbook?: (bytes: Uint8Array) => Promise<void>;
}

export interface WorkbookHost {
  readonly kind: 'excel' | 'file';
  readonly platform: Platform;
  /** Puts the current workbook into the worker: Excel re-reads it each time, a file is read once. */
  load(worker: WorkerClient, onStatus: (status: LoadStatus) => void): Promise<LoadResult>;
  /** Only inside Excel. */
  readonly excel?: ExcelActions;
  /** Only on the web page: the workbook comes from a file the user opens. */
  readonly file?: FileActions;
}

export interface FileActions {
  open(file: File, worker: WorkerClient): Promise<LoadResult>;
  /** Name of the file opened, if any. */
  current(): string | undefined;
}

export function canDownload(platform: Platform): boolean {
  return platform !== 'mac';
}
