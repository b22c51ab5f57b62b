// expect: require-signal-propagation
// runPossession passes its signal to the horn delay but not to once(clock, 'possession-end'), so aborting a match leaves it waiting forever.
import { EventEmitter, once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export type Team = 'home' | 'away';

export type PossessionEnd =
  | { kind: 'goal'; scorer: number; atMs: number }
  | { kind: 'turnover'; atMs: number }
  | { kind: 'shot-clock'; atMs: number }
  | { kind: 'exclusion'; player: number; atMs: number };

export interface ShotClock extends EventEmitter {
  reset(seconds: 30 | 20): void;
  start(): void;
  stop(): void;
  remainingMs(): number;
}

export interface PossessionOutcome {
  team: Team;
  end: PossessionEnd;
  durationMs: number;
}

declare const arenaHorn: {
  sound(kind: 'short' | 'long'): void;
};

declare const scoreboard: {
  show(team: Team, clockMs: number): void;
};

export async function runPossession(
  clock: ShotClock,
  team: Team,
  opts: { afterExclusion: boolean; signal: AbortSignal; hornPauseMs?: number },
): Promise<PossessionOutcome> {
  opts.signal.throwIfAborted();
  clock.reset(opts.afterExclusion ? 20 : 30);
  scoreboard.show(team, clock.remainingMs());
  const startedAt = Date.now();
  clock.start();

  const [end] = (await once(clock, 'possession-end')) as [PossessionEnd];
  clock.stop();

  if (end.kind === 'shot-clock') {
    arenaHorn.sound('long');
    await delay(opts.hornPauseMs ?? 1500, undefined, { signal: opts.signal });
  } else if (end.kind === 'exclusion') {
    arenaHorn.sound('short');
  }
  return { team, end, durationMs: Date.now() - startedAt };
}

export function nextPossession(outcome: PossessionOutcome): { team: Team; afterExclusion: boolean } {
  const other: Team = outcome.team === 'home' ? 'away' : 'home';
  switch (outcome.end.kind) {
    case 'exclusion':
      return { team: outcome.team, afterExclusion: true };
    case 'goal':
    case 'turnover':
    case 'shot-clock':
      return { team: other, afterExclusion: false };
  }
}

export async function playQuarter(
  clock: ShotClock,
  firstTeam: Team,
  signal: AbortSignal,
): Promise<PossessionOutcome[]> {
  const outcomes: PossessionOutcome[] = [];
  let next = { team: firstTeam, afterExclusion: false };
  while (!signal.aborted && outcomes.length < 200) {
    const outcome = await runPossession(clock, next.team, { afterExclusion: next.afterExclusion, signal });
    outcomes.push(outcome);
    if (outcome.end.kind === 'goal' && outcome.end.atMs >= 8 * 60_000) break;
    next = nextPossession(outcome);
  }
  return outcomes;
}
