// Writes the workbook fixtures of test/fixtures (deterministic: the same bytes on every run; committed).
// npx esbuild scripts/build-fixtures.ts --bundle --platform=node --packages=external --outfile=.tmp/bf.cjs && node .tmp/bf.cjs
// (the bundle sits in the repository so that node finds exceljs and fflate in node_modules)
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { hostileFixtures, unreadableFixtures } from '../test/fixtures/bad-inputs';
import { workbookFixtures } from '../test/fixtures/workbook-cases';

const root = resolve(process.cwd(), 'test', 'fixtures');
const fixtures = [...workbookFixtures, ...unreadableFixtures, ...hostileFixtures];

async function main(): Promise<void> {
  // Files of cases that were renamed or removed must not linger.
  for (const folder of ['workbooks', 'bad']) {
    mkdirSync(join(root, folder), { recursive: true });
    for (const name of readdirSync(join(root, folder))) {
      if (/\.xlsx?$/.test(name)) rmSync(join(root, folder, name));
    }
  }
  for (const fixture of fixtures) {
    const path = join(root, fixture.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await fixture.build());
  }
  console.log(`${fixtures.length} fixtures written to ${root}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
