// The one door to Excel.run: cell-edit mode (every API call is rejected while a cell is being typed in) is
// waited out with a message, then reported; other Office.js failures become ExcelProblem or propagate.
/// <reference types="office-js" />
import { ExcelProblem, problemOf } from './errors';

export interface RunOptions {
  /** Called once while Excel is in cell-edit mode and the call waits to retry. */
  readonly onWaiting?: () => void;
  /** Attempts in cell-edit mode before giving up (default 10, i.e. ~15 s). */
  readonly attempts?: number;
  readonly delayMs?: number;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options: RunOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 10;
  let told = false;
  for (let attempt = 1; ; attempt++) {
    try {
      return await Excel.run(batch);
    } catch (error) {
      const problem = problemOf(error);
      if (problem === 'cell-edit' && attempt < attempts) {
        if (!told) options.onWaiting?.();
        told = true;
        await wait(options.delayMs ?? 1500);
        continue;
      }
      if (problem !== undefined && !(error instanceof ExcelProblem))
        throw new ExcelProblem(problem);
      throw error;
    }
  }
}

/** Newer requirement sets, detected at run time (the manifest declares ExcelApi 1.7). */
export function supports(version: string): boolean {
  return (
    typeof Office !== 'undefined' &&
    Office.context?.requirements?.isSetSupported('ExcelApi', version) === true
  );
}
