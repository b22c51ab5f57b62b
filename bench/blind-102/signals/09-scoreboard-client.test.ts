// expect: none
// The client combines the caller's signal with its own timeout via AbortSignal.any and passes the result to fetch, and the poll sleep also takes the caller's signal, so cancelling a jam poll stops both the request and the wait.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface JamScore {
  period: number;
  jam: number;
  home: number;
  away: number;
}

class ScoreboardClient {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs = 2_000,
  ) {}

  async current(boutId: string, signal?: AbortSignal): Promise<JamScore> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const res = await fetch(`${this.baseUrl}/bouts/${boutId}/score`, { signal: combined });
    if (!res.ok) throw new Error(`scoreboard HTTP ${res.status}`);
    return (await res.json()) as JamScore;
  }

  async waitForJam(boutId: string, jam: number, signal: AbortSignal, pollMs = 250): Promise<JamScore> {
    for (;;) {
      const score = await this.current(boutId, signal);
      if (score.jam >= jam) return score;
      await sleep(pollMs, undefined, { signal });
    }
  }
}

function abortableResponse(body: unknown, delayMs: number, signal?: AbortSignal | null): Promise<Response> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(Response.json(body));
    }, delayMs);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

describe('ScoreboardClient', () => {
  let jam = 0;

  beforeEach(() => {
    jam = 0;
    mock.method(globalThis, 'fetch', (_url: string | URL | Request, init?: RequestInit) => {
      jam += 1;
      return abortableResponse({ period: 1, jam, home: jam * 4, away: jam * 3 }, 5, init?.signal);
    });
  });

  afterEach(() => {
    mock.restoreAll();
  });

  it('returns the live score', async () => {
    const client = new ScoreboardClient('http://scoreboard.local');
    const score = await client.current('bout-17');
    assert.deepEqual(score, { period: 1, jam: 1, home: 4, away: 3 });
  });

  it('polls until the requested jam starts', async () => {
    const client = new ScoreboardClient('http://scoreboard.local');
    const score = await client.waitForJam('bout-17', 3, new AbortController().signal, 1);
    assert.equal(score.jam, 3);
  });

  it('stops polling when the caller aborts', async () => {
    const client = new ScoreboardClient('http://scoreboard.local');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(client.waitForJam('bout-17', 1_000, controller.signal, 50), { name: 'AbortError' });
    assert.ok(jam < 10, `expected polling to stop early, saw ${jam} requests`);
  });

  it('times out a hung scoreboard', async () => {
    mock.method(globalThis, 'fetch', (_url: string | URL | Request, init?: RequestInit) =>
      abortableResponse({}, 60_000, init?.signal),
    );
    const client = new ScoreboardClient('http://scoreboard.local', 30);
    await assert.rejects(client.current('bout-17'), { name: 'TimeoutError' });
  });
});
