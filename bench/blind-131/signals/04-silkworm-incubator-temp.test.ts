// expect: none
// readIncubatorTemp rethrows AbortError untouched and only wraps other failures (keeping the cause), and the tests confirm the abort surfaces with its original name.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

async function readIncubatorTemp(trayId: string, signal: AbortSignal): Promise<number> {
  try {
    const res = await fetch(`http://incubator.local/trays/${encodeURIComponent(trayId)}/temp`, { signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body = (await res.json()) as { celsius: number };
    return body.celsius;
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new Error(`could not read tray ${trayId} temperature`, { cause: err });
  }
}

function slowIncubator(celsius: number, delayMs: number, status = 200) {
  return vi.fn(
    (_url: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const signal = init?.signal;
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal?.reason);
        };
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve(
            new Response(JSON.stringify({ celsius }), {
              status,
              headers: { 'content-type': 'application/json' },
            }),
          );
        }, delayMs);
        signal?.addEventListener('abort', onAbort, { once: true });
      }),
  );
}

describe('readIncubatorTemp', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('returns the tray temperature', async () => {
    vi.stubGlobal('fetch', slowIncubator(25.5, 50));
    const assertion = expect(readIncubatorTemp('T-3', new AbortController().signal)).resolves.toBe(25.5);
    await vi.advanceTimersByTimeAsync(50);
    await assertion;
  });

  it('lets a cancellation surface as an AbortError', async () => {
    vi.stubGlobal('fetch', slowIncubator(25.5, 1_000));
    const controller = new AbortController();
    const pending = readIncubatorTemp('T-3', controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('wraps HTTP failures with the tray id and keeps the cause', async () => {
    vi.stubGlobal('fetch', slowIncubator(0, 10, 503));
    const pending = readIncubatorTemp('T-9', new AbortController().signal);
    const assertion = expect(pending).rejects.toThrow(/tray T-9 temperature/);
    await vi.advanceTimersByTimeAsync(10);
    await assertion;
    await expect(pending.catch((e: Error) => (e.cause as Error).message)).resolves.toBe('HTTP 503');
  });
});
