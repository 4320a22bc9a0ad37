import { randomBytes } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../core/findings';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import { readSnapshotFromStream } from '../xlsx/read-snapshot';
import { UsageError } from './errors';

/** Writes the whole file or nothing: a temporary name in the same folder, then rename (spec/CLI.md). */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  await fs.mkdir(dir, { recursive: true });
  const temporary = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, bytes, { flag: 'wx' });
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

export interface LoadedWorkbook {
  readonly snapshot?: WorkbookSnapshot;
  /** S4: the file is not a readable workbook. */
  readonly problem?: Finding;
}

export async function loadWorkbook(file: string): Promise<LoadedWorkbook> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new UsageError(
      `Không tìm thấy tệp «${file}». Kiểm tra lại đường dẫn.`,
      `File «${file}» not found. Check the path.`,
    );
  }
  if (!stat.isFile()) {
    throw new UsageError(`«${file}» không phải là một tệp.`, `«${file}» is not a file.`);
  }
  return readSnapshotFromStream(createReadStream(file));
}
