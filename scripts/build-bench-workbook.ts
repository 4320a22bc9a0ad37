// Writes the benchmark workbook: `node bbw.cjs [out.xlsx] [--members N] [--organizations N] [--year N]`
// (bundle with esbuild: --bundle --platform=node --packages=external).
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { writeBenchWorkbook } from '../src/xlsx/bench-workbook';

function option(args: readonly string[], name: string): number | undefined {
  const index = args.indexOf(name);
  const value = index >= 0 ? args[index + 1] : undefined;
  return value === undefined ? undefined : Number(value);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = args.find((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--')) ?? 'bench-100k.xlsx';
  const started = Date.now();
  const stream = createWriteStream(out);
  const summary = await writeBenchWorkbook(stream, {
    members: option(args, '--members'),
    organizations: option(args, '--organizations'),
    year: option(args, '--year'),
  });
  await finished(stream);
  console.log(`${out}: ${summary.members} members, ${summary.organizations} organizations, year ${summary.year} (${Date.now() - started} ms)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
