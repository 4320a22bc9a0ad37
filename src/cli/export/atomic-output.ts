// A file written whole or not at all, streamed: a temporary name in the target folder, renamed at the end
// (spec/CLI.md). The temporary name carries the writer's pid so that a later run can remove what a killed
// one left behind (SIGKILL cannot be caught).
import { randomBytes } from 'node:crypto';
import { promises as fs, rmSync } from 'node:fs';
import path from 'node:path';

const suffix = '.vankien-partial';
const flushSize = 1 << 20;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** ".Kết quả xếp loại 2025.zip.12345.a1b2c3.vankien-partial" */
export function temporaryNameFor(target: string, pid: number): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${pid}.${randomBytes(4).toString('hex')}${suffix}`);
}

export function isTemporaryNameOf(target: string, candidate: string): number | undefined {
  const pattern = new RegExp(`^\\.${escapeRegExp(path.basename(target))}\\.(\\d+)\\.[0-9a-f]+${escapeRegExp(suffix)}$`);
  const match = pattern.exec(path.basename(candidate));
  return match === null ? undefined : Number(match[1]);
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files of `target` whose writing process is gone; returns their names. */
export async function removeStaleTemporaries(target: string): Promise<string[]> {
  const dir = path.dirname(target);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = isTemporaryNameOf(target, name);
    if (pid === undefined || isAlive(pid)) continue;
    await fs.rm(path.join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

export interface AtomicOutput {
  readonly temporary: string;
  write(chunk: Uint8Array): Promise<void>;
  /** Flushes, syncs, closes and renames onto the target. */
  commit(): Promise<void>;
  /** Closes and deletes the temporary file; safe to call twice. */
  discard(): Promise<void>;
}

/** Opens a temporary file beside `target`; chunks are buffered to about 1 MB per write. */
export async function openAtomicOutput(target: string): Promise<AtomicOutput> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = temporaryNameFor(target, process.pid);
  const handle = await fs.open(temporary, 'wx');
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let closed = false;
  // If the process ends by an exception that skipped `discard`, the half file still goes.
  const onExit = (): void => {
    if (!closed) rmSync(temporary, { force: true });
  };
  process.on('exit', onExit);
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const chunks = pending;
    pending = [];
    pendingBytes = 0;
    const data = Buffer.concat(chunks);
    for (let offset = 0; offset < data.length; ) {
      const { bytesWritten } = await handle.write(data, offset, data.length - offset);
      offset += bytesWritten;
    }
  };
  return {
    temporary,
    async write(chunk) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= flushSize) await flush();
    },
    async commit() {
      await flush();
      await handle.sync();
      await handle.close();
      closed = true;
      process.off('exit', onExit);
      try {
        await fs.rename(temporary, target);
      } catch (error) {
        await fs.rm(temporary, { force: true });
        throw error;
      }
    },
    async discard() {
      if (!closed) {
        closed = true;
        await handle.close().catch(() => undefined);
      }
      process.off('exit', onExit);
      await fs.rm(temporary, { force: true });
    },
  };
}
