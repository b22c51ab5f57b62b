// expect: none
// pollUntil takes a probe function and calls it on every iteration, so each poll asks the standings service again rather than re-reading an old result.
import { setTimeout as delay } from 'node:timers/promises';

export interface Standing {
  contestant: string;
  event: 'bareback' | 'saddle-bronc' | 'bull-riding' | 'barrel-racing';
  earnings: number;
  goRounds: number;
}

export interface StandingsService {
  current(event: Standing['event']): Promise<{ version: number; rows: Standing[] }>;
}

export interface PollOptions {
  intervalMs?: number;
  timeoutMs?: number;
}

export async function pollUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { intervalMs = 2_000, timeoutMs = 60_000 }: PollOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() + intervalMs > deadline) {
      throw new Error(`Condition not met within ${timeoutMs}ms`);
    }
    await delay(intervalMs);
  }
}

export async function waitForPublishedRound(
  service: StandingsService,
  event: Standing['event'],
  afterVersion: number,
): Promise<Standing[]> {
  const snapshot = await pollUntil(
    () => service.current(event),
    (s) => s.version > afterVersion,
    { intervalMs: 5_000, timeoutMs: 10 * 60_000 },
  );
  return snapshot.rows;
}

export function qualifiersForShortGo(rows: Standing[], spots = 12): Standing[] {
  return [...rows]
    .filter((r) => r.goRounds >= 2)
    .sort((a, b) => b.earnings - a.earnings || a.contestant.localeCompare(b.contestant))
    .slice(0, spots);
}

export function formatStandings(rows: Standing[]): string {
  const width = Math.max(10, ...rows.map((r) => r.contestant.length));
  return rows
    .map((r, i) => {
      const place = String(i + 1).padStart(2, ' ');
      const money = r.earnings.toLocaleString('en-US', { style: 'currency', currency: 'USD' });
      return `${place}. ${r.contestant.padEnd(width)} ${money.padStart(12)}  (${r.goRounds} go-rounds)`;
    })
    .join('\n');
}
