// The yearly export inside the worker: the core plans and streams the zip; this renders each document,
// reports progress per organization and stops at a cancel between two tables.
import { ratingTableExemplar, knownTagsOf, tagPaths } from '../core/documents/known-tags';
import { safeFileName } from '../core/export/file-names';
import { planExport } from '../core/export/plan';
import { renderedFile, runExport, type ExportHooks } from '../core/export/run-export';
import {
  compileTemplate,
  renderDocx,
  type CompiledTemplate,
  type TemplateData,
} from '../core/template/index';
import { sheetsNeeded } from '../core/workbook/contract';
import { RatingsWorkbookWriter } from '../xlsx/write-ratings-workbook';
import {
  today,
  xlsxMimeType,
  zipMimeType,
  type OperationContext,
  type WorkerState,
} from './operations';
import type { ExportResult, Requests } from './protocol';

export const ratingTableTemplate = 'bang-xep-loai.docx';

function render(template: CompiledTemplate, data: object): Uint8Array {
  const rendered = renderDocx(template, data as TemplateData);
  if (rendered.bytes === undefined)
    throw new Error(`rendering failed: ${rendered.problems.map((p) => p.messageEn).join('; ')}`);
  return rendered.bytes;
}

export async function exportYear(
  state: WorkerState,
  args: Requests['export']['args'],
  context: OperationContext,
): Promise<ExportResult> {
  const { model, findings } = state.validate(sheetsNeeded.ratings, args.year);
  const planned = planExport(model, findings, {
    year: args.year,
    ...(args.organizations === undefined ? {} : { organizations: args.organizations }),
    date: today(),
  });
  if (!planned.ok)
    return {
      ok: false,
      findings: planned.findings,
      ...(planned.problem === undefined ? {} : { problem: planned.problem }),
    };
  const plan = planned.plan;
  let reportTemplate: CompiledTemplate;
  if (args.template === undefined)
    reportTemplate = await state.builtInTemplate(
      'bao-cao-xep-loai.docx',
      'bao-cao-xep-loai',
      knownTagsOf('bao-cao-xep-loai'),
    );
  else {
    const compiled = compileTemplate(args.template.bytes, {
      name: args.template.name,
      knownTags: knownTagsOf('bao-cao-xep-loai'),
    });
    if (compiled.template === undefined)
      return { ok: false, findings: [], templateProblems: compiled.problems };
    reportTemplate = compiled.template;
  }
  const tableTemplate = await state.builtInTemplate(
    ratingTableTemplate,
    'bang-xep-loai',
    tagPaths(ratingTableExemplar),
  );
  const names = new Map(plan.items.map((item) => [item.organization.code, item.organization.name]));
  const chunks: Uint8Array[] = [];
  // The summary workbook goes into the zip and, on its own, to Excel for Mac (Excel.createWorkbook).
  const writer = new RatingsWorkbookWriter({ modified: new Date() });
  let summary: Uint8Array | undefined;
  const hooks: ExportHooks = {
    workbook: {
      addOrganization: (sheet) => writer.addOrganization(sheet),
      finish: (data) => (summary = writer.finish(data)),
    },
    renderReport: (data) => render(reportTemplate, data),
    renderTable: async (data) => {
      await context.checkpoint();
      return renderedFile(render(tableTemplate, data));
    },
    write: (chunk) => {
      chunks.push(chunk);
    },
    onProgress: (p) =>
      context.reportProgress(
        p.done,
        p.total,
        p.organization === undefined
          ? undefined
          : `${p.organization} ${names.get(p.organization) ?? ''}`.trim(),
      ),
    modified: new Date(),
  };
  context.reportProgress(0, plan.items.length);
  await runExport(plan, hooks);
  const size = chunks.reduce((sum, c) => sum + c.length, 0);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return {
    ok: true,
    file: {
      fileName: safeFileName(`Kết quả xếp loại ${plan.year}`, 'zip'),
      mimeType: zipMimeType,
      bytes,
    },
    documents: plan.items.length + 1,
    ...(summary === undefined
      ? {}
      : {
          summary: {
            fileName: plan.workbookFileName.split('/').pop() ?? plan.workbookFileName,
            mimeType: xlsxMimeType,
            bytes: summary,
          },
        }),
  };
}
