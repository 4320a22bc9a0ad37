// What the worker does, as plain functions over its state (the message loop is in worker.ts).
import { documentKindInfo, prepareDocument, type DocumentKind } from '../core/documents/generate';
import { knownTagsOf } from '../core/documents/known-tags';
import { safeFileName } from '../core/export/file-names';
import type { CalendarDate, WorkbookModel } from '../core/model/types';
import { ratingYears } from '../core/model/rating-stats';
import {
  compileTemplate,
  preflight,
  renderDocx,
  type CompiledTemplate,
  type TemplateData,
} from '../core/template/index';
import { formatDate } from '../core/text/dates';
import { validateSnapshot, type ValidationResult } from '../core/validate';
import { tableSheets, unitSheet, type SheetKey } from '../core/workbook/contract';
import { findSheet } from '../core/workbook/locate';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import type { Finding } from '../core/findings';
import { readSnapshotFromBuffer } from '../xlsx/read-snapshot';
import { tooManyRowsProblem } from '../xlsx/problems';
import { RowLimitExceeded } from '../xlsx/sheet-builder';
import { SnapshotAssembler, type RowsChunk, type SheetHeading } from './snapshot-assembler';
import type {
  ConferenceChoice,
  GenerateResult,
  LoadResult,
  OrganizationChoice,
  PreflightReport,
  PreviewField,
  Requests,
  WorkbookOverview,
} from './protocol';

export const docxMimeType =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const xlsxMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const zipMimeType = 'application/zip';

/** Bytes of a built-in template (templates/*.docx), by file name. */
export type TemplateSource = (file: string) => Promise<Uint8Array>;

export interface OperationContext {
  readonly reportProgress: (done: number, total: number, label?: string) => void;
  /** Resolves after pending messages (a cancel) had a chance to arrive; throws Cancelled if one did. */
  readonly checkpoint: () => Promise<void>;
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

const noWorkbook = {
  vi: 'Chưa có sổ theo dõi: hãy mở sổ trước.',
  en: 'No workbook yet: open one first.',
};

export function today(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** The worker's memory: one workbook, its validations, compiled built-in templates. */
export class WorkerState {
  private snapshot: WorkbookSnapshot | undefined;
  private assembly: { readonly assembler: SnapshotAssembler; problem?: Finding } | undefined;
  private readonly validations = new Map<string, ValidationResult>();
  private readonly compiled = new Map<string, CompiledTemplate>();

  constructor(readonly templates: TemplateSource) {}

  beginSnapshot(sheets: readonly SheetHeading[]): null {
    this.assembly = { assembler: new SnapshotAssembler() };
    this.assembler().begin(sheets);
    return null;
  }

  addRows(chunk: RowsChunk): null {
    const assembly = this.assembly;
    if (assembly === undefined || assembly.problem !== undefined) return null;
    try {
      assembly.assembler.rows(chunk);
    } catch (error) {
      if (!(error instanceof RowLimitExceeded)) throw error;
      assembly.problem = tooManyRowsProblem(error.sheet, error.limit);
    }
    return null;
  }

  endSnapshot(): LoadResult {
    const assembly = this.assembly;
    this.assembly = undefined;
    if (assembly === undefined) throw new Error('snapshot-end without snapshot-begin');
    if (assembly.problem !== undefined) return { ok: false, problem: assembly.problem };
    return this.setSnapshot(assembly.assembler.finish());
  }

  private assembler(): SnapshotAssembler {
    if (this.assembly === undefined) throw new Error('no snapshot being assembled');
    return this.assembly.assembler;
  }

  setSnapshot(snapshot: WorkbookSnapshot): LoadResult {
    this.snapshot = snapshot;
    this.validations.clear();
    return { ok: true, sheets: snapshot.sheets.map((s) => s.name) };
  }

  async loadXlsx(bytes: ArrayBuffer): Promise<LoadResult> {
    const read = await readSnapshotFromBuffer(bytes);
    if (read.snapshot === undefined) {
      return {
        ok: false,
        problem: read.problem ?? {
          rule: 'S4',
          severity: 'error',
          sheet: '',
          cell: '',
          message: 'Không đọc được tệp.',
          messageEn: 'The file cannot be read.',
        },
      };
    }
    return this.setSnapshot(read.snapshot);
  }

  requireSnapshot(): WorkbookSnapshot {
    if (this.snapshot === undefined) throw new Error(noWorkbook.en);
    return this.snapshot;
  }

  validate(needs: readonly SheetKey[] | undefined, year: number | undefined): ValidationResult {
    const key = `${needs?.join(',') ?? '*'}|${year ?? ''}`;
    let result = this.validations.get(key);
    if (result === undefined) {
      result = validateSnapshot(this.requireSnapshot(), {
        ...(needs === undefined ? {} : { needs }),
        ...(year === undefined ? {} : { year }),
      });
      this.validations.set(key, result);
    }
    return result;
  }

  check(args: Requests['check']['args']): WorkbookOverview {
    const snapshot = this.requireSnapshot();
    const { model, findings } = this.validate(undefined, args.year);
    const contractNames = [unitSheet.name, ...tableSheets.map((s) => s.name)];
    const sheetsFound = contractNames
      .map((name) => findSheet(snapshot.sheets, name)?.name)
      .filter((n): n is string => n !== undefined);
    return {
      findings,
      conferences: conferenceChoices(model),
      ...ratingChoices(model),
      sheetsFound,
    };
  }

  async builtInTemplate(
    kindFile: string,
    kind: DocumentKind | 'bang-xep-loai',
    knownTags: ReadonlySet<string>,
  ): Promise<CompiledTemplate> {
    const cached = this.compiled.get(kindFile);
    if (cached !== undefined) return cached;
    const result = compileTemplate(await this.templates(kindFile), { name: kindFile, knownTags });
    if (result.template === undefined)
      throw new Error(
        `built-in template ${kind} does not compile: ${result.problems.map((p) => p.messageEn).join('; ')}`,
      );
    this.compiled.set(kindFile, result.template);
    return result.template;
  }

  async generate(args: Requests['generate']['args']): Promise<GenerateResult> {
    const info = documentKindInfo[args.kind];
    const { model, findings } = this.validate(info.needs, args.year);
    const prepared = prepareDocument(model, findings, {
      kind: args.kind,
      ...(args.conference === undefined ? {} : { conference: args.conference }),
      ...(args.year === undefined ? {} : { year: args.year }),
      date: today(),
    });
    if (!prepared.ok)
      return {
        ok: false,
        findings: prepared.findings,
        ...(prepared.problem === undefined ? {} : { problem: prepared.problem }),
      };
    let template: CompiledTemplate;
    if (args.template === undefined)
      template = await this.builtInTemplate(info.template, args.kind, knownTagsOf(args.kind));
    else {
      const compiled = compileTemplate(args.template.bytes, {
        name: args.template.name,
        knownTags: knownTagsOf(args.kind),
      });
      if (compiled.template === undefined)
        return { ok: false, findings: [], templateProblems: compiled.problems };
      template = compiled.template;
    }
    const rendered = renderDocx(template, prepared.data as TemplateData);
    if (rendered.bytes === undefined)
      return { ok: false, findings: [], templateProblems: rendered.problems };
    return {
      ok: true,
      file: {
        fileName: safeFileName(prepared.name, 'docx'),
        mimeType: docxMimeType,
        bytes: rendered.bytes,
      },
      preview: previewOf(args.kind, prepared.data),
      notes: prepared.notes,
    };
  }

  preflight(args: Requests['preflight']['args']): PreflightReport {
    const result = preflight(args.template.bytes, {
      name: args.template.name,
      knownTags: knownTagsOf(args.kind),
    });
    return { tags: result.tags, problems: result.problems };
  }
}

const bodyWords = { executiveCommittee: 'BCH', standingBoard: 'BTV' } as const;

export function conferenceChoices(model: WorkbookModel): ConferenceChoice[] {
  return model.conferences.map((c) => {
    const parts = [c.code];
    const body =
      c.body === undefined
        ? ''
        : `${bodyWords[c.body]}${c.number === undefined ? '' : ` lần ${c.number}`}`;
    if (body !== '') parts.push(body);
    if (c.date !== undefined) parts.push(formatDate(c.date));
    return { code: c.code, label: parts.join(' — '), sheet: c.source.sheet, row: c.source.row };
  });
}

export function ratingChoices(
  model: WorkbookModel,
): Pick<WorkbookOverview, 'years' | 'organizationsByYear'> {
  const years = ratingYears(model.organizations, model.members);
  const organizationsByYear: Record<number, OrganizationChoice[]> = {};
  for (const o of model.organizations)
    (organizationsByYear[o.year] ??= []).push({ code: o.code, name: o.name });
  return { years, organizationsByYear };
}

function field(data: object, path: string): unknown {
  let value: unknown = data;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function text(data: object, path: string): string {
  const value = field(data, path);
  return typeof value === 'string' ? value : '';
}

function count(data: object, path: string): string {
  const value = field(data, path);
  return Array.isArray(value) ? String(value.length) : '';
}

const countFields: Readonly<Record<DocumentKind, { path: string; vi: string; en: string }>> = {
  'nghi-quyet': { path: 'decisions', vi: 'Số điều quyết nghị', en: 'Decisions' },
  'thong-bao-ket-luan': { path: 'conclusions', vi: 'Số nội dung kết luận', en: 'Conclusions' },
  'bien-ban': { path: 'items', vi: 'Số nội dung hội nghị', en: 'Agenda items' },
  'bao-cao-xep-loai': { path: 'organizations', vi: 'Số tổ chức đảng', en: 'Organizations' },
};

/** The key fields a clerk checks before downloading: number, date line, subject, signer, how many items. */
export function previewOf(kind: DocumentKind, data: object): PreviewField[] {
  const signer = [
    text(data, 'signature.authority'),
    text(data, 'signature.title'),
    text(data, 'signature.name'),
  ]
    .filter(Boolean)
    .join(' · ');
  const fields: PreviewField[] = [
    { label: { vi: 'Số, ký hiệu', en: 'Number' }, value: text(data, 'header.documentNumber') },
    { label: { vi: 'Địa danh, ngày', en: 'Place and date' }, value: text(data, 'header.dateLine') },
    {
      label: { vi: 'Trích yếu', en: 'Subject' },
      value: text(data, 'summaryLine').replace(/\s+/g, ' '),
    },
    {
      label: { vi: 'Người ký', en: 'Signed by' },
      value:
        kind === 'bien-ban'
          ? [text(data, 'chairSignature.title'), text(data, 'chairSignature.name')]
              .filter(Boolean)
              .join(' · ')
          : signer,
    },
    { label: countFields[kind], value: count(data, countFields[kind].path) },
  ];
  return fields.filter((f) => f.value !== '');
}
