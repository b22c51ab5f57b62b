// expect: none
// runFlight threads the caller's signal through fetchFlight and every submit call, and the tests confirm an abort surfaces as an AbortError.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Vial {
  code: string;
  dilutionPct: number;
}

interface Flight {
  sessionId: string;
  vials: Vial[];
}

interface ScoreSink {
  submit(sessionId: string, vial: Vial, options: { signal: AbortSignal }): Promise<void>;
}

type FetchLike = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

class PanelFlightClient {
  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: FetchLike,
    private readonly sink: ScoreSink,
  ) {}

  async fetchFlight(sessionId: string, { signal }: { signal: AbortSignal }): Promise<Flight> {
    const res = await this.fetchImpl(`${this.baseUrl}/sessions/${sessionId}/flight`, { signal });
    if (!res.ok) throw new Error(`flight ${sessionId}: HTTP ${res.status}`);
    return (await res.json()) as Flight;
  }

  async runFlight(sessionId: string, signal: AbortSignal): Promise<number> {
    const flight = await this.fetchFlight(sessionId, { signal });
    for (const vial of flight.vials) {
      await this.sink.submit(sessionId, vial, { signal });
    }
    return flight.vials.length;
  }
}

function abortable<T>(value: T, signal: AbortSignal, delayMs = 5): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    }, delayMs);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

describe('PanelFlightClient', () => {
  const flight: Flight = {
    sessionId: 's-41',
    vials: [
      { code: '317', dilutionPct: 10 },
      { code: '842', dilutionPct: 10 },
    ],
  };
  const fetchImpl = vi.fn<FetchLike>();
  const submit = vi.fn<ScoreSink['submit']>();
  let client: PanelFlightClient;

  beforeEach(() => {
    fetchImpl.mockImplementation((_url, { signal }) => abortable(Response.json(flight), signal));
    submit.mockImplementation((_session, _vial, { signal }) => abortable(undefined, signal));
    client = new PanelFlightClient('https://panel.example', fetchImpl, { submit });
  });

  afterEach(() => {
    vi.resetAllMocks();
  });

  it('submits every vial in the flight', async () => {
    const controller = new AbortController();
    await expect(client.runFlight('s-41', controller.signal)).resolves.toBe(2);
    expect(submit).toHaveBeenCalledTimes(2);
  });

  it('passes the same signal to fetch and to each submission', async () => {
    const controller = new AbortController();
    await client.runFlight('s-41', controller.signal);
    expect(fetchImpl.mock.calls[0][1].signal).toBe(controller.signal);
    for (const call of submit.mock.calls) {
      expect(call[2].signal).toBe(controller.signal);
    }
  });

  it('stops with an AbortError when the moderator cancels mid-flight', async () => {
    const controller = new AbortController();
    const run = client.runFlight('s-41', controller.signal);
    const assertion = expect(run).rejects.toMatchObject({ name: 'AbortError' });
    controller.abort();
    await assertion;
  });
});
