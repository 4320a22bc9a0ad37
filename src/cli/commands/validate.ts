import { hasErrors } from '../../core/findings';
import { validateSnapshot } from '../../core/validate';
import { exitCodes, type ExitCode } from '../errors';
import { loadWorkbook } from '../files';
import { findingsJson, formatFindings } from '../format-findings';
import type { CommandIo } from '../io';

export interface ValidateArgs {
  readonly file: string;
  readonly json: boolean;
  readonly year?: number;
}

/** `vankien validate <file.xlsx> [--json] [--year N]` (spec/CLI.md). */
export async function runValidate(args: ValidateArgs, io: CommandIo): Promise<ExitCode> {
  const loaded = await loadWorkbook(args.file);
  if (loaded.snapshot === undefined) {
    // S4: unreadable input is exit 2; JSON callers still get the finding on stdout.
    const problem = loaded.problem;
    if (problem !== undefined) {
      if (args.json) io.stdout.write(findingsJson([problem], io.locale));
      io.stderr.write(`${io.locale === 'en' ? problem.messageEn : problem.message}\n`);
    }
    return exitCodes.unusable;
  }
  const { findings } = validateSnapshot(loaded.snapshot, args.year === undefined ? {} : { year: args.year });
  io.stdout.write(
    args.json ? findingsJson(findings, io.locale) : formatFindings(findings, { locale: io.locale, color: io.isTty }),
  );
  return hasErrors(findings) ? exitCodes.blocked : exitCodes.done;
}
