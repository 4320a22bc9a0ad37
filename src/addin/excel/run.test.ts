/// <reference types="office-js" />
import { OfficeMockObject } from 'office-addin-mock';
import { ExcelProblem } from './errors';
import { runExcel } from './run';

// office-addin-mock only reads the host names of office-addin-manifest, whose ESM dependencies Jest cannot load.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', Outlook: 'outlook', Word: 'word', PowerPoint: 'powerpoint' },
}));

const officeError = (code: string): Error => Object.assign(new Error(code), { code });

function installExcel(run: jest.Mock): void {
  (globalThis as { Excel?: unknown }).Excel = new OfficeMockObject({ run });
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe('runExcel', () => {
  test('cell-edit mode: says so once, waits, retries, then succeeds', async () => {
    const run = jest
      .fn()
      .mockRejectedValueOnce(officeError('InvalidOperationInCellEditMode'))
      .mockRejectedValueOnce(officeError('InvalidOperationInCellEditMode'))
      .mockImplementation(async (batch: (context: unknown) => Promise<string>) => batch({}));
    installExcel(run);
    const onWaiting = jest.fn();
    await expect(runExcel(async () => 'read', { onWaiting, delayMs: 1 })).resolves.toBe('read');
    expect(run).toHaveBeenCalledTimes(3);
    expect(onWaiting).toHaveBeenCalledTimes(1);
  });

  test('cell-edit mode that lasts becomes an ExcelProblem the pane explains', async () => {
    installExcel(jest.fn().mockRejectedValue(officeError('InvalidOperationInCellEditMode')));
    await expect(runExcel(async () => 1, { attempts: 3, delayMs: 1 })).rejects.toMatchObject({
      code: 'cell-edit',
    });
  });

  test('a protected sheet becomes an ExcelProblem; an unknown failure propagates as it is', async () => {
    installExcel(jest.fn().mockRejectedValue(officeError('AccessDenied')));
    await expect(runExcel(async () => 1)).rejects.toBeInstanceOf(ExcelProblem);
    const strange = new Error('boom');
    installExcel(jest.fn().mockRejectedValue(strange));
    await expect(runExcel(async () => 1)).rejects.toBe(strange);
  });
});
