// A new, empty workbook with every contract sheet (exceljs, loaded only when asked for).
import { createContractWorkbook, writeWorkbookToBuffer } from '../xlsx/write-contract';
import { safeFileName } from '../core/export/file-names';
import { xlsxMimeType } from './operations';
import type { OutputFile } from './protocol';

export async function contractWorkbook(): Promise<OutputFile> {
  const bytes = await writeWorkbookToBuffer(createContractWorkbook({ withExamples: true }));
  return { fileName: safeFileName('Sổ theo dõi', 'xlsx'), mimeType: xlsxMimeType, bytes };
}
