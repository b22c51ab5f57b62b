// expect: none
// fetchTrace() rethrows the original error untouched when it is an abort and only wraps genuine failures, so cancellation keeps its AbortError name for callers.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface VibrationTrace {
  unitId: string;
  sampleHz: number;
  rmsMmS: number;
  peaks: number[];
}

class TraceUnavailableError extends Error {
  constructor(
    readonly unitId: string,
    options: { cause: unknown },
  ) {
    super(`vibration trace for ${unitId} is unavailable`, options);
    this.name = 'TraceUnavailableError';
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

async function fetchTrace(baseUrl: string, unitId: string, signal: AbortSignal): Promise<VibrationTrace> {
  try {
    const res = await fetch(`${baseUrl}/units/${unitId}/vibration?window=15m`, { signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return (await res.json()) as VibrationTrace;
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new TraceUnavailableError(unitId, { cause: err });
  }
}

function abortAware(body: unknown) {
  return vi.fn((_url: string, init?: RequestInit) => {
    return new Promise<Response>((resolve, reject) => {
      const signal = init?.signal;
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => resolve(Response.json(body)), 50);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  });
}

describe('fetchTrace', () => {
  beforeEach(() => {
    vi.useRealTimers();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('returns the parsed trace', async () => {
    vi.stubGlobal('fetch', abortAware({ unitId: 'ESC-9', sampleHz: 2000, rmsMmS: 2.1, peaks: [48, 96] }));
    const trace = await fetchTrace('http://scada.local', 'ESC-9', new AbortController().signal);
    expect(trace.rmsMmS).toBeCloseTo(2.1);
  });

  it('keeps the AbortError when the operator cancels', async () => {
    vi.stubGlobal('fetch', abortAware({}));
    const controller = new AbortController();
    const pending = fetchTrace('http://scada.local', 'ESC-9', controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('wraps HTTP failures with the unit id and cause', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('gateway down', { status: 502 })));
    const err = await fetchTrace('http://scada.local', 'ESC-2', new AbortController().signal).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TraceUnavailableError);
    expect((err as TraceUnavailableError).cause).toMatchObject({ message: 'HTTP 502' });
  });

  it('lets a timeout signal surface as TimeoutError', async () => {
    vi.stubGlobal('fetch', abortAware({}));
    await expect(fetchTrace('http://scada.local', 'ESC-4', AbortSignal.timeout(10))).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });
});
