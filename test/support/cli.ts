// Running the built command line from tests: build it once when stale, run it as a child process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..');
export const cliBin = join(repoRoot, 'bin', 'vankien.cjs');
const bundle = join(repoRoot, 'dist', 'cli', 'vankien.cjs');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd: string, timeout?: number): CliRun {
  const result = spawnSync(process.execPath, [cliBin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...(timeout === undefined ? {} : { timeout }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/cli when it is missing or older than the sources it is built from. */
export function ensureCliBuilt(): void {
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestSource(join(repoRoot, 'src'))) return;
  const build = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build-cli.mjs')], { cwd: repoRoot, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
}
