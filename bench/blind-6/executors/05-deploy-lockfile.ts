// expect: no-multiple-settle
// If the holder releases the lock between the failed 'wx' write and the readFile, readFile rejects with ENOENT inside the async executor: the rejection escapes and acquire() never settles.
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { hostname } from 'node:os';

interface LockOwner {
  pid: number;
  host: string;
  acquiredAt: number;
}

export type Release = () => Promise<void>;

export class DeployLock {
  constructor(
    private readonly path: string,
    private readonly timeoutMs = 60_000,
    private readonly staleMs = 10 * 60_000,
  ) {}

  acquire(): Promise<Release> {
    const me: LockOwner = { pid: process.pid, host: hostname(), acquiredAt: Date.now() };
    const deadline = Date.now() + this.timeoutMs;

    return new Promise<Release>(async (resolve, reject) => {
      for (let attempt = 1; ; attempt++) {
        try {
          await writeFile(this.path, JSON.stringify(me), { flag: 'wx' });
          resolve(() => unlink(this.path));
          return;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
            reject(err);
            return;
          }
        }

        const owner = JSON.parse(await readFile(this.path, 'utf8')) as LockOwner;
        if (Date.now() - owner.acquiredAt > this.staleMs) {
          console.warn(`[deploy-lock] breaking stale lock held by ${owner.host}:${owner.pid}`);
          await unlink(this.path).catch(() => undefined);
          continue;
        }
        if (Date.now() > deadline) {
          reject(new Error(`deploy lock busy: held by ${owner.host}:${owner.pid} since ${new Date(owner.acquiredAt).toISOString()}`));
          return;
        }
        await sleep(Math.min(5_000, 250 * attempt));
      }
    });
  }
}

export async function withDeployLock<T>(lockPath: string, fn: () => Promise<T>): Promise<T> {
  const release = await new DeployLock(lockPath).acquire();
  try {
    return await fn();
  } finally {
    await release();
  }
}
