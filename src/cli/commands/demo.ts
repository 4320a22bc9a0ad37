import path from 'node:path';
import { Writable } from 'node:stream';
import { documentKindInfo, documentKinds } from '../../core/documents/generate';
import { ratingYears } from '../../core/model/rating-stats';
import { validateSnapshot } from '../../core/validate';
import { exitCodes, type ExitCode } from '../errors';
import { loadWorkbook } from '../files';
import type { CommandIo } from '../io';
import { builtInTemplatesDir } from '../templates';
import { defaultZipName, runExportRatings } from './export-ratings';
import { generateOne } from './generate';

export const sampleWorkbookName = 'so-theo-doi-mau.xlsx';

/** Swallows the export's own summary lines: the demo prints one line per file. */
const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });

/** `vankien demo [--out <dir>]`: every document kind on the bundled sample workbook (spec/CLI.md). */
export async function runDemo(args: { readonly out?: string }, io: CommandIo): Promise<ExitCode> {
  const sample = path.join(builtInTemplatesDir(), sampleWorkbookName);
  const out = path.resolve(io.cwd, args.out ?? 'out');
  const loaded = await loadWorkbook(sample);
  if (loaded.snapshot === undefined) {
    if (loaded.problem !== undefined) io.stderr.write(`vankien: ${loaded.problem.message}\n`);
    return exitCodes.unusable;
  }
  const { model, findings } = validateSnapshot(loaded.snapshot);
  io.stdout.write(
    io.locale === 'en'
      ? `Sample workbook: ${sample}\n${model.conferences.length} conferences, ${model.organizations.length} organization rows, ${model.members.length} member rows; ${findings.length} findings.\n`
      : `Sổ mẫu: ${sample}\n${model.conferences.length} hội nghị, ${model.organizations.length} dòng tổ chức đảng, ${model.members.length} dòng đảng viên; ${findings.length} phát hiện.\n`,
  );
  let worst: ExitCode = exitCodes.done;
  const requests = [
    ...model.conferences.flatMap((conference) =>
      documentKinds.filter((kind) => documentKindInfo[kind].perConference).map((kind) => ({ kind, conference: conference.code })),
    ),
    ...ratingYears(model.organizations, model.members).map((year) => ({ kind: 'bao-cao-xep-loai' as const, year })),
  ];
  for (const request of requests) {
    const result = await generateOne(loaded.snapshot, { ...request, out }, io);
    if (result.file !== undefined) io.stdout.write(`  ✓ ${path.relative(io.cwd, result.file.path)}\n`);
    if (result.code > worst) worst = result.code;
  }
  const latest = ratingYears(model.organizations, model.members)[0];
  if (latest !== undefined) {
    const zip = path.join(out, defaultZipName(latest));
    const code = await runExportRatings({ file: sample, year: latest, out: zip }, { ...io, stdout: quiet });
    if (code === exitCodes.done) io.stdout.write(`  ✓ ${path.relative(io.cwd, zip)}\n`);
    if (code > worst) worst = code;
  }
  return worst;
}
