// Bundles the command line (and the benchmark) with esbuild; runs on `npm ci` through "prepare".
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { VANKIEN_VERSION: JSON.stringify(pkg.version) },
};

await build({ ...common, entryPoints: ['src/cli/run.ts'], outfile: 'dist/cli/vankien.cjs' });
if (process.argv.includes('--bench')) {
  await build({ ...common, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench/bench.cjs' });
}
