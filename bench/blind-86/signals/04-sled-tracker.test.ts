// expect: none
// The tracker passes the caller's signal to fetch and to its abortable sleep; the test's own try/catch on AbortError is an assertion, not a swallowed abort.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface CheckpointFix {
  musher: string;
  checkpoint: string;
  dogsIn: number;
  at: string;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

async function* trackMusher(
  apiBase: string,
  musher: string,
  { signal, intervalMs = 30_000 }: { signal: AbortSignal; intervalMs?: number },
): AsyncGenerator<CheckpointFix> {
  let lastSeen = '';
  while (true) {
    const res = await fetch(`${apiBase}/mushers/${encodeURIComponent(musher)}/latest`, { signal });
    if (res.ok) {
      const fix = (await res.json()) as CheckpointFix;
      if (fix.checkpoint !== lastSeen) {
        lastSeen = fix.checkpoint;
        yield fix;
      }
    }
    await sleep(intervalMs, signal);
  }
}

describe('trackMusher', () => {
  const fetchMock = vi.fn<typeof fetch>();
  let controller: AbortController;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', fetchMock);
    controller = new AbortController();
    fetchMock.mockImplementation(async () =>
      Response.json({ musher: 'Aliy', checkpoint: 'Rainy Pass', dogsIn: 14, at: '2024-03-04T10:12:00Z' }),
    );
  });

  afterEach(() => {
    controller.abort();
    vi.unstubAllGlobals();
    vi.useRealTimers();
    fetchMock.mockReset();
  });

  it('yields a fix for each new checkpoint', async () => {
    const tracker = trackMusher('https://race.example', 'Aliy', { signal: controller.signal, intervalMs: 1_000 });
    const first = await tracker.next();
    expect(first.value).toMatchObject({ checkpoint: 'Rainy Pass', dogsIn: 14 });
    expect(fetchMock).toHaveBeenCalledWith(
      'https://race.example/mushers/Aliy/latest',
      expect.objectContaining({ signal: controller.signal }),
    );
  });

  it('stops waiting between polls as soon as it is aborted', async () => {
    const tracker = trackMusher('https://race.example', 'Aliy', { signal: controller.signal, intervalMs: 60_000 });
    await tracker.next();
    const pending = tracker.next();
    controller.abort(new DOMException('race finished', 'AbortError'));
    try {
      await pending;
      expect.unreachable('tracker kept polling after abort');
    } catch (err) {
      expect((err as DOMException).name).toBe('AbortError');
    }
    expect(vi.getTimerCount()).toBe(0);
  });

  it('fails fast with an already-aborted signal', async () => {
    controller.abort();
    fetchMock.mockImplementation(async (_url, init) => {
      init?.signal?.throwIfAborted();
      return Response.json({});
    });
    await expect(
      trackMusher('https://race.example', 'Aliy', { signal: controller.signal }).next(),
    ).rejects.toThrow();
  });
});
