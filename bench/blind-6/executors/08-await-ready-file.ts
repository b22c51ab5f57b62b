// expect: none
// The executor is synchronous; every stat() outcome either resolves, rejects, or schedules exactly one next poll, and the deadline rejects, so the promise always settles once.
import { readFile, stat } from 'node:fs/promises';

export interface ReadyManifest {
  port: number;
  pid: number;
  version: string;
}

interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

/** Waits for the dev server to write its ready-file, then parses it. */
export function waitForReadyFile(path: string, { timeoutMs = 30_000, intervalMs = 200 }: WaitOptions = {}): Promise<ReadyManifest> {
  const deadline = Date.now() + timeoutMs;

  return new Promise<ReadyManifest>((resolve, reject) => {
    const poll = (): void => {
      stat(path)
        .then(async (st) => {
          if (st.size === 0) return null;
          return JSON.parse(await readFile(path, 'utf8')) as ReadyManifest;
        })
        .catch((err: NodeJS.ErrnoException) => {
          if (err.code === 'ENOENT') return null;
          throw err;
        })
        .then((manifest) => {
          if (manifest) {
            resolve(manifest);
          } else if (Date.now() >= deadline) {
            reject(new Error(`dev server did not write ${path} within ${timeoutMs}ms`));
          } else {
            setTimeout(poll, intervalMs);
          }
        }, reject);
    };
    poll();
  });
}

export async function devServerUrl(readyPath: string): Promise<string> {
  const manifest = await waitForReadyFile(readyPath, { timeoutMs: 45_000 });
  console.log(`dev server ${manifest.version} (pid ${manifest.pid}) on :${manifest.port}`);
  return `http://127.0.0.1:${manifest.port}`;
}
