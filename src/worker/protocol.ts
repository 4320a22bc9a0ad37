// Messages between the task pane and its Web Worker (structured-clone data only: no classes, no functions).
import type { DocumentKind } from '../core/documents/generate';
import type { Finding } from '../core/findings';
import type { TemplateProblem, TemplateTag } from '../core/template/index';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import type { RowsChunk, SheetHeading } from './snapshot-assembler';

export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

export interface ConferenceChoice {
  readonly code: string;
  /** "BCH-02 — BCH lần 2 — 15/03/2025" */
  readonly label: string;
  /** The row of the conference on its sheet, to match the active cell. */
  readonly sheet: string;
  readonly row: number;
}

export interface OrganizationChoice {
  readonly code: string;
  readonly name: string;
}

/** What the views need to know about the workbook after a check. */
export interface WorkbookOverview {
  readonly findings: readonly Finding[];
  readonly conferences: readonly ConferenceChoice[];
  /** Rating years, latest first. */
  readonly years: readonly number[];
  readonly organizationsByYear: Readonly<Record<number, readonly OrganizationChoice[]>>;
  /** Contract sheets found, by the name they have in the workbook. */
  readonly sheetsFound: readonly string[];
}

export interface PreviewField {
  readonly label: Bilingual;
  readonly value: string;
}

export interface OutputFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

export type GenerateResult =
  | {
      readonly ok: true;
      readonly file: OutputFile;
      readonly preview: readonly PreviewField[];
      readonly notes: readonly Finding[];
    }
  | {
      readonly ok: false;
      readonly findings: readonly Finding[];
      readonly problem?: Bilingual;
      readonly templateProblems?: readonly TemplateProblem[];
    };

export type ExportResult =
  | {
      readonly ok: true;
      readonly file: OutputFile;
      readonly documents: number;
      readonly summary?: OutputFile;
    }
  | {
      readonly ok: false;
      readonly findings: readonly Finding[];
      readonly problem?: Bilingual;
      readonly templateProblems?: readonly TemplateProblem[];
    };

export interface PreflightReport {
  readonly tags: readonly TemplateTag[];
  readonly problems: readonly TemplateProblem[];
}

export type LoadResult =
  | { readonly ok: true; readonly sheets: readonly string[] }
  | { readonly ok: false; readonly problem: Finding };

export interface UserTemplate {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Every request the worker answers, with its result type. */
export interface Requests {
  'load-xlsx': { args: { readonly bytes: ArrayBuffer }; result: LoadResult };
  'set-snapshot': { args: { readonly snapshot: WorkbookSnapshot }; result: LoadResult };
  /** A workbook sent in pieces as Excel returns them: the sheets, rows chunk by chunk, then the end. */
  'snapshot-begin': { args: { readonly sheets: readonly SheetHeading[] }; result: null };
  'snapshot-rows': { args: RowsChunk; result: null };
  'snapshot-end': { args: Record<string, never>; result: LoadResult };
  check: { args: { readonly year?: number }; result: WorkbookOverview };
  generate: {
    args: {
      readonly kind: DocumentKind;
      readonly conference?: string;
      readonly year?: number;
      readonly template?: UserTemplate;
    };
    result: GenerateResult;
  };
  preflight: {
    args: { readonly kind: DocumentKind; readonly template: UserTemplate };
    result: PreflightReport;
  };
  export: {
    args: {
      readonly year: number;
      readonly organizations?: readonly string[];
      readonly template?: UserTemplate;
    };
    result: ExportResult;
  };
  'contract-workbook': { args: Record<string, never>; result: OutputFile };
}
export type RequestType = keyof Requests;

export interface Progress {
  readonly done: number;
  readonly total: number;
  /** What is being worked on: an organization's name, a sheet. */
  readonly label?: string;
}

export type ToWorker =
  | {
      readonly kind: 'request';
      readonly id: number;
      readonly type: RequestType;
      readonly args: unknown;
    }
  | { readonly kind: 'cancel'; readonly id: number };

export type FromWorker =
  | { readonly kind: 'progress'; readonly id: number; readonly progress: Progress }
  | { readonly kind: 'result'; readonly id: number; readonly result: unknown }
  | { readonly kind: 'cancelled'; readonly id: number }
  | { readonly kind: 'failure'; readonly id: number; readonly message: string };
