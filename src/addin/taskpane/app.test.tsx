/** @jest-environment jsdom */
// The task pane inside Excel, end to end in one thread: the real Excel host over an in-memory Excel holding
// the sample workbook, and the real worker code (in-process). Only Office.js itself is stood in for.
import './jsdom-globals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { cellAt, type WorkbookSnapshot } from '../../core/workbook/snapshot';
import { readSnapshotFromBuffer } from '../../xlsx/read-snapshot';
import { inProcessWorker } from '../../worker/in-process-worker';
import { createExcelHost } from '../excel/host';
import { FakeContext } from '../excel/fake-workbook';
import { App } from './app';
import { TemplateStore } from './template-store';
import { renderInPane } from './test-render';

const templatesDir = resolve(__dirname, '../../../templates');
const builtIn = async (file: string): Promise<Uint8Array> =>
  new Uint8Array(readFileSync(resolve(templatesDir, file)));

function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

/** An in-memory Excel holding a snapshot (dates as serial numbers with a date format, as Excel keeps them). */
function excelWith(snapshot: WorkbookSnapshot): FakeContext {
  const context = new FakeContext();
  for (const sheet of snapshot.sheets) {
    const fake = context.workbook.addSheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row?.forEach((value, c) => {
        if (value === undefined || value === null) return;
        const key = `${sheet.firstRow + r - 1},${sheet.firstColumn + c - 1}`;
        if (value instanceof Date) {
          fake.cells.set(key, excelSerial(value));
          fake.formats.set(key, 'dd/mm/yyyy');
        } else if (typeof value === 'object') fake.cells.set(key, value.error);
        else fake.cells.set(key, value);
      }),
    );
  }
  return context;
}

let excel: FakeContext;
let platform = 'PC';

beforeAll(async () => {
  const read = await readSnapshotFromBuffer(
    readFileSync(resolve(templatesDir, 'so-theo-doi-mau.xlsx')),
  );
  if (read.snapshot === undefined) throw new Error('sample unreadable');
  const snapshot = read.snapshot;
  const conferences = snapshot.sheets.find((s) => s.name === 'Hội nghị');
  expect(conferences !== undefined && cellAt(conferences, 3, 1)).toBe('BCH-02');
  (globalThis as Record<string, unknown>).sampleSnapshot = snapshot;
});

beforeEach(() => {
  excel = excelWith((globalThis as unknown as { sampleSnapshot: WorkbookSnapshot }).sampleSnapshot);
  platform = 'PC';
  Object.assign(globalThis, {
    Excel: {
      run: (batch: (context: unknown) => Promise<unknown>) => batch(excel.asContext()),
      createWorkbook: jest.fn(async () => undefined),
    },
    Office: {
      PlatformType: { PC: 'PC', Mac: 'Mac', OfficeOnline: 'OfficeOnline' },
      context: {
        get platform() {
          return platform;
        },
        requirements: { isSetSupported: () => true },
      },
    },
  });
});

function renderPane(initialView: 'check' | 'documents' | 'export'): void {
  const worker = inProcessWorker(builtIn);
  renderInPane(
    <App
      host={createExcelHost()}
      worker={() => worker}
      store={new TemplateStore(window.localStorage)}
      initialView={initialView}
    />,
  );
}

describe('the task pane in Excel', () => {
  test('check: findings with their cells; a click selects the cell; highlight and clear in one click each', async () => {
    excel.workbook.sheets.find((s) => s.name === 'Hội nghị')?.cells.delete('2,6');
    renderPane('check');
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra sổ' }));
    const item = await screen.findByRole('button', { name: /G3/ }, { timeout: 15_000 });
    fireEvent.click(item);
    await waitFor(() =>
      expect(excel.workbook.selection).toEqual({ sheet: 'Hội nghị', address: 'G3' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tô màu các ô có lỗi' }));
    const conferences = excel.workbook.sheets.find((s) => s.name === 'Hội nghị');
    await screen.findByRole('button', { name: 'Bỏ tô màu' });
    expect(conferences?.conditionalFormats.some((f) => f.address === 'G3' && !f.deleted)).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ tô màu' }));
    await screen.findByText(/Đã bỏ tô màu \d+ ô\./);
    expect(excel.workbook.sheets.flatMap((s) => s.conditionalFormats).every((f) => f.deleted)).toBe(
      true,
    );
  }, 30_000);

  test('documents: the conference under the active cell of «Hội nghị» is chosen; generate, preview, download', async () => {
    excel.workbook.active = { sheet: 'Hội nghị', row: 2, column: 5 };
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => (created.push(blob), 'blob:vankien'),
      revokeObjectURL: () => undefined,
    });
    // jsdom cannot navigate to a blob: the browser's download is the e2e test's.
    const clicked = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    renderPane('documents');
    await waitFor(
      () =>
        expect(
          (screen.getByRole('combobox', { name: /Hội nghị/ }) as HTMLSelectElement).value,
        ).toBe('BCH-02'),
      { timeout: 15_000 },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Soạn Nghị quyết' }));
    await screen.findByText('Số, ký hiệu', {}, { timeout: 15_000 });
    fireEvent.click(screen.getByRole('button', { name: /Tải xuống/ }));
    expect(created).toHaveLength(1);
    expect(clicked).toHaveBeenCalledTimes(1);
    clicked.mockRestore();
    expect(created[0]?.size).toBeGreaterThan(5_000);
  }, 30_000);

  test('Excel on Mac: no download; the export offers the summary workbook through Excel.createWorkbook', async () => {
    platform = 'Mac';
    renderPane('export');
    await screen.findByText('Tổ chức đảng (16/16)', {}, { timeout: 15_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Xuất tệp .zip' }));
    await screen.findByText('Đã xuất xong', {}, { timeout: 20_000 });
    expect(screen.queryByRole('button', { name: 'Tải tệp .zip' })).toBeNull();
    expect(screen.getByText('Excel trên máy Mac không tải tệp xuống được')).toBeTruthy();
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Mở bảng tổng hợp trong Excel' })),
    );
    const createWorkbook = (globalThis as unknown as { Excel: { createWorkbook: jest.Mock } }).Excel
      .createWorkbook;
    expect(createWorkbook).toHaveBeenCalledTimes(1);
    expect(String(createWorkbook.mock.calls[0]?.[0]).startsWith('UEsDB')).toBe(true);
  }, 40_000);
});
