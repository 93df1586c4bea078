import { open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { StoreError } from '../storeError.js';

/**
 * One process per data folder: two processes appending to the same journals would corrupt them.
 * A lock left by a process that no longer runs is taken over.
 */
export async function acquireDirLock(dir: string): Promise<{ release(): Promise<void> }> {
  const file = path.join(dir, '.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.write(String(process.pid));
      await handle.close();
      return { release: () => unlink(file).catch(() => undefined) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (owner && owner !== process.pid && isRunning(owner)) {
        throw new StoreError('store_locked', `${dir} is in use by process ${owner}; run one bot per DATA_DIR (or use DATABASE_URL for several)`, { dir, owner });
      }
      await unlink(file).catch(() => undefined);
    }
  }
  throw new StoreError('store_locked', `could not lock ${dir}`, { dir });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
