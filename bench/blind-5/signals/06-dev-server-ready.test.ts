// expect: none
// waitForListening races the stdout scan, a timer and the child's exit, all tied to one AbortController that is aborted in finally, so the losing timer and listeners are torn down as soon as the race settles.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { on, once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>, timeout?: number): void;
declare function beforeAll(fn: () => Promise<void>, timeout?: number): void;
declare function afterAll(fn: () => Promise<void>): void;
declare function expect(actual: unknown): {
  toBe(expected: unknown): void;
  toMatchObject(expected: object): void;
};

async function waitForListening(child: ChildProcessWithoutNullStreams, ms: number): Promise<number> {
  const ac = new AbortController();
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  try {
    return await Promise.race([
      (async () => {
        for await (const [line] of on(lines, 'line', { signal: ac.signal, close: ['close'] })) {
          const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(String(line));
          if (m) return Number(m[1]);
        }
        throw new Error('server stdout closed before it reported a port');
      })(),
      delay(ms, undefined, { signal: ac.signal }).then(() => {
        throw new Error(`server not ready after ${ms} ms`);
      }),
      once(child, 'exit', { signal: ac.signal }).then(([code]) => {
        throw new Error(`server exited early with code ${code}`);
      }),
    ]);
  } finally {
    ac.abort();
    lines.close();
  }
}

describe('api server', () => {
  let child: ChildProcessWithoutNullStreams;
  let baseUrl = '';

  beforeAll(async () => {
    child = spawn(process.execPath, ['dist/server.js'], {
      env: { ...process.env, PORT: '0', LOG_FORMAT: 'plain' },
    });
    child.stderr.pipe(process.stderr);
    const port = await waitForListening(child, 10_000);
    baseUrl = `http://127.0.0.1:${port}`;
  }, 15_000);

  afterAll(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('reports healthy', async () => {
    const res = await fetch(`${baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('rejects unknown routes with a JSON 404', async () => {
    const res = await fetch(`${baseUrl}/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'not_found' });
  });
});
