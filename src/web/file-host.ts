// The task pane's host on a plain web page: the workbook is an .xlsx the user opens; the worker reads it.
import type { FileActions, Platform, WorkbookHost } from '../addin/taskpane/host';
import type { WorkerClient } from '../worker/client';
import type { LoadResult } from '../worker/protocol';

const noFile: LoadResult = {
  ok: false,
  problem: {
    rule: 'S4',
    severity: 'error',
    sheet: '',
    cell: '',
    message: 'Chưa mở sổ theo dõi nào: bấm «Mở tệp .xlsx» để chọn tệp trên máy.',
    messageEn: 'No workbook is open yet: choose “Open an .xlsx” to pick a file on this computer.',
  },
};

export function createFileHost(platform: Platform = 'browser'): WorkbookHost {
  let opened: { name: string; result: LoadResult } | undefined;
  const file: FileActions = {
    async open(chosen: File, worker: WorkerClient): Promise<LoadResult> {
      const bytes = await chosen.arrayBuffer();
      // The bytes move to the worker (no copy); the page keeps only the name.
      const result = await worker.request('load-xlsx', { bytes }, { transfer: [bytes] });
      opened = { name: chosen.name, result };
      return result;
    },
    current: () => (opened?.result.ok ? opened.name : undefined),
  };
  return {
    kind: 'file',
    platform,
    load: async () => opened?.result ?? noFile,
    file,
  };
}
