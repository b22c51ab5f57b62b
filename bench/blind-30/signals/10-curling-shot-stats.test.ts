// expect: none
// The stats loader forwards its signal to every fetch and the test only asserts that the AbortError reaches the caller.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

type FetchLike = (url: string, init: { signal: AbortSignal }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

interface ShotRecord {
  endNo: number;
  shotNo: number;
  player: string;
  type: 'draw' | 'guard' | 'takeout' | 'freeze' | 'raise';
  percent: 0 | 25 | 50 | 75 | 100;
}

interface PlayerStats {
  player: string;
  shots: number;
  averagePercent: number;
  byType: Record<string, number>;
}

async function loadShotStats(
  fetchImpl: FetchLike,
  gameId: string,
  ends: number[],
  signal: AbortSignal,
): Promise<PlayerStats[]> {
  const shots: ShotRecord[] = [];
  for (const endNo of ends) {
    const response = await fetchImpl(`/games/${gameId}/ends/${endNo}/shots`, { signal });
    if (!response.ok) throw new Error(`end ${endNo}: HTTP ${response.status}`);
    shots.push(...((await response.json()) as ShotRecord[]));
  }
  const byPlayer = new Map<string, ShotRecord[]>();
  for (const s of shots) byPlayer.set(s.player, [...(byPlayer.get(s.player) ?? []), s]);
  return [...byPlayer.entries()].map(([player, list]) => ({
    player,
    shots: list.length,
    averagePercent: Math.round(list.reduce((a, s) => a + s.percent, 0) / list.length),
    byType: list.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s.type]: (acc[s.type] ?? 0) + 1 }), {}),
  }));
}

function fakeScoringService(delayMs: number, shotsByEnd: Record<number, ShotRecord[]>): FetchLike & { requests: string[] } {
  const requests: string[] = [];
  const impl = (url: string, { signal }: { signal: AbortSignal }) =>
    new Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>((resolve, reject) => {
      requests.push(url);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal.reason);
      };
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        const endNo = Number(url.split('/')[4]);
        resolve({ ok: true, status: 200, json: async () => shotsByEnd[endNo] ?? [] });
      }, delayMs);
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
    });
  return Object.assign(impl, { requests });
}

const END1: ShotRecord[] = [
  { endNo: 1, shotNo: 1, player: 'Lead A', type: 'guard', percent: 100 },
  { endNo: 1, shotNo: 2, player: 'Lead A', type: 'draw', percent: 50 },
];
const END2: ShotRecord[] = [{ endNo: 2, shotNo: 1, player: 'Lead A', type: 'draw', percent: 75 }];

describe('loadShotStats', () => {
  it('aggregates shot percentages per player', async () => {
    const service = fakeScoringService(1, { 1: END1, 2: END2 });
    const stats = await loadShotStats(service, 'G17', [1, 2], new AbortController().signal);
    assert.deepEqual(stats, [{ player: 'Lead A', shots: 3, averagePercent: 75, byType: { guard: 1, draw: 2 } }]);
  });

  it('stops fetching and surfaces the AbortError when the viewer leaves', async () => {
    const service = fakeScoringService(50, { 1: END1, 2: END2 });
    const ac = new AbortController();
    const pending = loadShotStats(service, 'G17', [1, 2, 3], ac.signal);
    ac.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(service.requests.length, 1);
  });
});
