// expect: none
// waitForFile settles once through finish(): the watcher event, the watcher's 'error', the post-arm existence check and the timeout all funnel into it, and it closes the watcher and clears the timer; Promise.all observes both promises.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watch, type FSWatcher } from 'node:fs';
import { access, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

declare function rotateLogs(dir: string, opts: { maxBytes: number; keep: number }): Promise<void>;

function waitForFile(dir: string, name: string, timeoutMs: number): Promise<string> {
  const target = path.join(dir, name);
  return new Promise((resolve, reject) => {
    let settled = false;
    let watcher: FSWatcher | undefined;
    const timer = setTimeout(() => {
      finish(new Error(`${name} did not appear in ${dir} within ${timeoutMs}ms`));
    }, timeoutMs);

    function finish(err: Error | null): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      watcher?.close();
      if (err) reject(err);
      else resolve(target);
    }

    try {
      watcher = watch(dir, (_event, filename) => {
        if (filename === name) finish(null);
      });
    } catch (err) {
      finish(err as Error);
      return;
    }
    watcher.on('error', (err) => finish(err));
    access(target).then(
      () => finish(null),
      () => {
        /* not there yet; the watcher will report it */
      },
    );
  });
}

test('rotates app.log once it exceeds maxBytes', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'rotate-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(path.join(dir, 'app.log'), 'x'.repeat(2048));

  const [rotated] = await Promise.all([waitForFile(dir, 'app.log.1', 2_000), rotateLogs(dir, { maxBytes: 1024, keep: 3 })]);

  assert.equal((await readFile(rotated, 'utf8')).length, 2048);
  assert.equal((await readFile(path.join(dir, 'app.log'), 'utf8')).length, 0);
});

test('keeps at most `keep` rotated files', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'rotate-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  for (let i = 0; i < 5; i++) {
    await writeFile(path.join(dir, 'app.log'), `round ${i} `.repeat(300));
    await rotateLogs(dir, { maxBytes: 1024, keep: 2 });
  }
  const files = (await readdir(dir)).filter((f) => f.startsWith('app.log.')).sort();
  assert.deepEqual(files, ['app.log.1', 'app.log.2']);
});
