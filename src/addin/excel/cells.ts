// Selecting a finding's cell, highlighting the cells with findings, and where the user's cursor is.
/// <reference types="office-js" />
import type { Finding } from '../../core/findings';
import { toBase64 } from '../base64';

/** Conditional formats carry this always-true formula, so clearing finds exactly the ones it added. */
export const highlightMarker = '="vankien"="vankien"';
const fills = { error: '#FDE7E9', warning: '#FFF4CE', info: '#EBF3FC' } as const;

export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  if (address !== '') worksheet.getRange(address).select();
  await context.sync();
}

export interface HighlightReport {
  readonly cells: number;
  /** Sheets left alone because they are protected. */
  readonly protectedSheets: readonly string[];
}

/**
 * Marks each finding's cell with a conditional format (fill only): values, formats and the user's own rules stay
 * as they were, and `clearHighlights` removes exactly these. Two syncs whatever the number of findings.
 */
export async function highlightFindings(
  context: Excel.RequestContext,
  findings: readonly Finding[],
): Promise<HighlightReport> {
  const bySheet = new Map<string, Map<string, Finding['severity']>>();
  for (const f of findings) {
    if (f.sheet === '' || f.cell === '') continue;
    const cells = bySheet.get(f.sheet) ?? new Map<string, Finding['severity']>();
    const previous = cells.get(f.cell);
    if (previous === undefined || (previous !== 'error' && f.severity === 'error'))
      cells.set(f.cell, f.severity);
    bySheet.set(f.sheet, cells);
  }
  const sheets = [...bySheet.keys()].map((name) => {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(name);
    worksheet.load('isNullObject');
    const protection = worksheet.protection;
    protection.load('protected');
    return { name, worksheet, protection };
  });
  await context.sync();
  const protectedSheets: string[] = [];
  let cells = 0;
  for (const { name, worksheet, protection } of sheets) {
    if (worksheet.isNullObject) continue;
    if (protection.protected) {
      protectedSheets.push(name);
      continue;
    }
    for (const [address, severity] of bySheet.get(name) ?? []) {
      const format = worksheet.getRange(address).conditionalFormats.add('Custom');
      format.custom.rule.formula = highlightMarker;
      format.custom.format.fill.color = fills[severity];
      cells += 1;
    }
  }
  await context.sync();
  return { cells, protectedSheets };
}

/** Removes every highlight `highlightFindings` added, on every sheet. Three syncs. */
export async function clearHighlights(context: Excel.RequestContext): Promise<number> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const collections = worksheets.items.map((worksheet) => {
    const formats = worksheet.getRange().conditionalFormats;
    formats.load('items/type,items/customOrNullObject/rule/formula');
    const protection = worksheet.protection;
    protection.load('protected');
    return { formats, protection };
  });
  await context.sync();
  let removed = 0;
  for (const { formats, protection } of collections) {
    if (protection.protected) continue;
    for (const format of formats.items) {
      if (format.type !== 'Custom') continue;
      const custom = format.customOrNullObject;
      if (!custom.isNullObject && custom.rule.formula === highlightMarker) {
        format.delete();
        removed += 1;
      }
    }
  }
  if (removed > 0) await context.sync();
  return removed;
}

export interface ActiveCell {
  readonly sheet: string;
  /** 1-based. */
  readonly row: number;
}

export async function activeCell(context: Excel.RequestContext): Promise<ActiveCell> {
  const range = context.workbook.getActiveCell();
  range.load('rowIndex');
  const worksheet = range.worksheet;
  worksheet.load('name');
  await context.sync();
  return { sheet: worksheet.name, row: range.rowIndex + 1 };
}

/** Opens an .xlsx in a new Excel window (the way to hand over a file where downloads cannot work). */
export async function openWorkbook(bytes: Uint8Array): Promise<void> {
  await Excel.createWorkbook(toBase64(bytes));
}
