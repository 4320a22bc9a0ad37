// Office.js failures the user can act on, as values; anything else propagates.
/// <reference types="office-js" />

export const excelProblemCodes = [
  'cell-edit',
  'protected',
  'too-large',
  'not-found',
  'busy',
] as const;
export type ExcelProblemCode = (typeof excelProblemCodes)[number];

export class ExcelProblem extends Error {
  constructor(
    readonly code: ExcelProblemCode,
    readonly sheet?: string,
  ) {
    super(`Excel: ${code}${sheet === undefined ? '' : ` (${sheet})`}`);
  }
}

/** The code of an OfficeExtension.Error (they are plain objects with `code` in tests and some hosts). */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

export function problemOf(error: unknown): ExcelProblemCode | undefined {
  if (error instanceof ExcelProblem) return error.code;
  switch (officeErrorCode(error)) {
    case 'InvalidOperationInCellEditMode':
      return 'cell-edit';
    case 'AccessDenied':
      return 'protected';
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RequestPayloadSizeLimitExceeded':
      return 'too-large';
    case 'ItemNotFound':
      return 'not-found';
    case 'ActivityLimitReached':
    case 'ServiceNotAvailable':
    case 'GeneralException':
      return 'busy';
    default:
      return undefined;
  }
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}
