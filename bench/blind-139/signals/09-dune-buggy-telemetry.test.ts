// expect: none
// The telemetry poller combines the caller's signal with a per-request timeout, treats only a TimeoutError as a missed sample and rethrows a caller abort, and the tests check both behaviours.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface BuggyTelemetry {
  buggyId: string;
  rpm: number;
  coolantC: number;
}

type FetchLike = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

class TelemetryPoller {
  constructor(
    private readonly fetchFn: FetchLike,
    private readonly baseUrl: string,
    private readonly perRequestMs = 500,
  ) {}

  async sample(buggyId: string, signal: AbortSignal): Promise<BuggyTelemetry | null> {
    const combined = AbortSignal.any([signal, AbortSignal.timeout(this.perRequestMs)]);
    try {
      const res = await this.fetchFn(`${this.baseUrl}/buggies/${buggyId}/telemetry`, { signal: combined });
      if (!res.ok) return null;
      return (await res.json()) as BuggyTelemetry;
    } catch (err) {
      if (err instanceof Error && err.name === 'TimeoutError' && !signal.aborted) {
        return null;
      }
      throw err;
    }
  }

  async sampleFleet(ids: readonly string[], signal: AbortSignal): Promise<BuggyTelemetry[]> {
    const samples = await Promise.all(ids.map((id) => this.sample(id, signal)));
    return samples.filter((s): s is BuggyTelemetry => s !== null);
  }
}

function abortable(signal: AbortSignal): Promise<Response> {
  return new Promise<Response>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

describe('TelemetryPoller', () => {
  let fetchFn: ReturnType<typeof vi.fn<FetchLike>>;
  let poller: TelemetryPoller;

  beforeEach(() => {
    fetchFn = vi.fn<FetchLike>();
    poller = new TelemetryPoller(fetchFn, 'http://yard.local', 50);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns parsed telemetry', async () => {
    fetchFn.mockResolvedValue(Response.json({ buggyId: 'DB-4', rpm: 3100, coolantC: 92 }));
    await expect(poller.sample('DB-4', new AbortController().signal)).resolves.toEqual({
      buggyId: 'DB-4',
      rpm: 3100,
      coolantC: 92,
    });
  });

  it('treats a slow buggy as a missed sample', async () => {
    fetchFn.mockImplementation((_url, init) => abortable(init.signal));
    await expect(poller.sample('DB-5', new AbortController().signal)).resolves.toBeNull();
  });

  it('propagates a caller abort instead of returning null', async () => {
    fetchFn.mockImplementation((_url, init) => abortable(init.signal));
    const controller = new AbortController();
    const pending = poller.sampleFleet(['DB-1', 'DB-2'], controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
