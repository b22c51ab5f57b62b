// expect: no-swallowed-abort
// fetchSchedule wraps every failure, including an AbortError from the caller's signal, in a plain Error, so the abort loses its name and refreshAll's cancellation check never matches.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

type Fetcher = (url: string, init: { signal?: AbortSignal }) => Promise<Response>;

interface RecitalSlot {
  towerId: string;
  startsAt: string;
  carillonneur: string;
  minutes: number;
}

class TowerScheduleBoard {
  readonly slots = new Map<string, RecitalSlot[]>();

  constructor(
    private readonly http: Fetcher,
    private readonly base: string,
  ) {}

  async fetchSchedule(towerId: string, signal?: AbortSignal): Promise<RecitalSlot[]> {
    try {
      const res = await this.http(`${this.base}/towers/${towerId}/recitals`, { signal });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const slots = (await res.json()) as RecitalSlot[];
      return slots.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    } catch (err) {
      throw new Error(`schedule for ${towerId} unavailable: ${(err as Error).message}`);
    }
  }

  async refreshAll(towerIds: string[], signal?: AbortSignal): Promise<string[]> {
    const failed: string[] = [];
    for (const towerId of towerIds) {
      try {
        this.slots.set(towerId, await this.fetchSchedule(towerId, signal));
      } catch (err) {
        if ((err as Error).name === 'AbortError') throw err;
        failed.push(towerId);
      }
    }
    return failed;
  }
}

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('TowerScheduleBoard', () => {
  const requested: string[] = [];
  let board: TowerScheduleBoard;

  before(() => {
    const fake: Fetcher = async (url) => {
      requested.push(url);
      if (url.includes('/towers/leuven/')) return jsonResponse({ error: 'maintenance' }, 503);
      return jsonResponse([
        { towerId: 'mechelen', startsAt: '2024-07-14T20:30', carillonneur: 'J. Peeters', minutes: 45 },
        { towerId: 'mechelen', startsAt: '2024-07-07T20:30', carillonneur: 'A. de Wit', minutes: 40 },
      ]);
    };
    board = new TowerScheduleBoard(fake, 'https://bells.example');
  });

  after(() => {
    requested.length = 0;
  });

  test('returns recitals in chronological order', async () => {
    const slots = await board.fetchSchedule('mechelen');
    assert.deepEqual(
      slots.map((s) => s.startsAt),
      ['2024-07-07T20:30', '2024-07-14T20:30'],
    );
  });

  test('explains which tower failed', async () => {
    await assert.rejects(board.fetchSchedule('leuven'), /schedule for leuven unavailable: HTTP 503/);
  });

  test('refreshAll keeps going past a broken tower', async () => {
    const failed = await board.refreshAll(['leuven', 'mechelen']);
    assert.deepEqual(failed, ['leuven']);
    assert.equal(board.slots.get('mechelen')?.length, 2);
    assert.ok(requested.some((url) => url.endsWith('/towers/mechelen/recitals')));
  });
});
