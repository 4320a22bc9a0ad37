// The task pane's host inside Excel: every call goes through runExcel (cell-edit mode, protection).
/// <reference types="office-js" />
import type { Finding } from '../../core/findings';
import type { WorkerClient } from '../../worker/client';
import type { LoadResult } from '../../worker/protocol';
import type { SnapshotSink } from '../../worker/snapshot-assembler';
import { planSetup, setupRowsPerSheet, type SetupPlan } from '../setup-plan';
import type { LoadStatus, Platform, WorkbookHost } from '../taskpane/host';
import { activeCell, clearHighlights, highlightFindings, openWorkbook, selectCell } from './cells';
import { isContractSheet, readWorkbookSnapshot, streamWorkbook } from './read-snapshot';
import { runExcel, supports } from './run';
import { applySetup } from './setup';

export function officePlatform(): Platform {
  switch (Office.context.platform) {
    case Office.PlatformType.PC:
      return 'windows';
    case Office.PlatformType.Mac:
      return 'mac';
    case Office.PlatformType.OfficeOnline:
      return 'web';
    default:
      return 'other';
  }
}

export function createExcelHost(): WorkbookHost {
  const run = <T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    onStatus?: (status: LoadStatus) => void,
  ): Promise<T> =>
    runExcel(
      batch,
      onStatus === undefined ? {} : { onWaiting: () => onStatus({ waitingForEdit: true }) },
    );
  return {
    kind: 'excel',
    platform: officePlatform(),
    async load(worker: WorkerClient, onStatus): Promise<LoadResult> {
      // Rows go to the worker batch by batch as Excel returns them: no one large message at the end.
      const sent: Promise<unknown>[] = [];
      const sink: SnapshotSink = {
        begin: (sheets) => void sent.push(worker.request('snapshot-begin', { sheets })),
        rows: (chunk) => void sent.push(worker.request('snapshot-rows', chunk)),
      };
      await run(
        (context) =>
          streamWorkbook(
            context,
            {
              readSheet: isContractSheet,
              onProgress: (p) => onStatus({ rowsRead: p.rowsRead, rowsTotal: p.rowsTotal }),
            },
            sink,
          ),
        onStatus,
      );
      await Promise.all(sent);
      return worker.request('snapshot-end', {});
    },
    excel: {
      planSetup: (): Promise<SetupPlan> =>
        run(async (context) =>
          planSetup(
            await readWorkbookSnapshot(context, {
              limits: { maxRowsPerSheet: Number.MAX_SAFE_INTEGER },
              rowsPerSheet: setupRowsPerSheet,
            }),
          ),
        ),
      applySetup: (plan) =>
        run((context) => applySetup(context, plan, { dataValidation: supports('1.8') })),
      selectCell: (sheet, cell) => run((context) => selectCell(context, sheet, cell)),
      highlight: (findings: readonly Finding[]) =>
        run((context) => highlightFindings(context, findings)),
      clearHighlights: () => run((context) => clearHighlights(context)),
      activeCell: () => run((context) => activeCell(context)),
      ...(supports('1.8') ? { openWorkbook: (bytes: Uint8Array) => openWorkbook(bytes) } : {}),
    },
  };
}
