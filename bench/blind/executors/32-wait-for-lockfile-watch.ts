// expect: none
// Every settle goes through finish(), which checks a done flag and closes the watcher first, so the repeated change events of fs.watch cannot settle the promise twice.
import { watch } from 'node:fs';
import { access } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

export function waitForRemoval(lockPath: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let done = false;
    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      watcher.close();
      if (err) reject(err);
      else resolve();
    };
    // The lock is gone when access() fails; a successful access() means keep waiting.
    const check = () => {
      void access(lockPath).then(
        () => undefined,
        () => finish(),
      );
    };
    const watcher = watch(dirname(lockPath), (_eventType, filename) => {
      if (filename === basename(lockPath)) check();
    });
    watcher.once('error', (err) => finish(err));
    check();
  });
}

export async function withLockReleased<T>(lockPath: string, fn: () => Promise<T>): Promise<T> {
  await waitForRemoval(lockPath);
  return fn();
}
