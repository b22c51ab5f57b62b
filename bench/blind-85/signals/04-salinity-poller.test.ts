// expect: none
// The waiter helper passes its signal to events.once, the poller gets the test's controller, and every test expects the AbortError as a rejection, so no signal is dropped and no abort is hidden.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter, once } from 'node:events';

interface SalinitySample {
  pan: string;
  ppt: number;
}

declare function pollSalinity(opts: {
  pans: string[];
  baseUrl: string;
  intervalMs: number;
  signal: AbortSignal;
  fetchImpl: typeof fetch;
  sink: EventEmitter;
}): Promise<void>;

async function nextSample(sink: EventEmitter, signal: AbortSignal): Promise<SalinitySample> {
  const [sample] = await once(sink, 'sample', { signal });
  return sample as SalinitySample;
}

function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}

describe('pollSalinity', () => {
  let controller: AbortController;
  let sink: EventEmitter;
  let fetchImpl: ReturnType<typeof vi.fn<typeof fetch>>;

  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    sink = new EventEmitter();
    fetchImpl = vi.fn<typeof fetch>(async () => jsonResponse({ ppt: 34.5 }));
  });

  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('passes its signal to every request', async () => {
    const running = pollSalinity({
      pans: ['north-3', 'north-4'],
      baseUrl: 'http://gauges.local',
      intervalMs: 60_000,
      signal: controller.signal,
      fetchImpl,
      sink,
    });
    const stopped = expect(running).rejects.toMatchObject({ name: 'AbortError' });

    const first = nextSample(sink, controller.signal);
    await vi.advanceTimersByTimeAsync(0);
    await expect(first).resolves.toEqual({ pan: 'north-3', ppt: 34.5 });

    expect(fetchImpl).toHaveBeenCalledWith(
      'http://gauges.local/pans/north-3/salinity',
      expect.objectContaining({ signal: controller.signal }),
    );

    controller.abort();
    await stopped;
  });

  it('stops with an AbortError when the harvest day ends', async () => {
    const running = pollSalinity({
      pans: ['south-1'],
      baseUrl: 'http://gauges.local',
      intervalMs: 60_000,
      signal: controller.signal,
      fetchImpl,
      sink,
    });
    const stopped = expect(running).rejects.toMatchObject({ name: 'AbortError' });

    await vi.advanceTimersByTimeAsync(120_000);
    controller.abort();
    await stopped;

    const calls = fetchImpl.mock.calls.length;
    await vi.advanceTimersByTimeAsync(600_000);
    expect(fetchImpl.mock.calls.length).toBe(calls);
  });

  it('rejects a pending sample waiter on abort instead of hanging', async () => {
    const waiting = nextSample(sink, controller.signal);
    const assertion = expect(waiting).rejects.toThrow(/aborted/i);
    controller.abort();
    await assertion;
  });
});
