// expect: require-signal-propagation
// startSimulator receives a signal and uses it only for the READY wait; spawn is not given the signal and nothing listens for abort, so aborting in afterEach leaves the simulator process running.
import { spawn, type ChildProcess } from 'node:child_process';
import { on } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => Promise<void>) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

interface ScoreboardState {
  home: { team: string; goals: number; shots: number };
  away: { team: string; goals: number; shots: number };
  period: 1 | 2 | 3 | 'OT' | 'SO';
  clock: string;
  penalties: { team: 'home' | 'away'; player: number; remaining: string }[];
}

const SIM_SCRIPT = join(__dirname, 'fixtures', 'scoreboard-sim.mjs');

async function startSimulator(opts: { rink: string; port: number; signal: AbortSignal }): Promise<ChildProcess> {
  const child = spawn(process.execPath, [SIM_SCRIPT, '--rink', opts.rink, '--port', String(opts.port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });

  const rl = createInterface({ input: child.stdout! });
  try {
    for await (const [line] of on(rl, 'line', { signal: opts.signal })) {
      if (String(line).startsWith('READY')) break;
    }
  } finally {
    rl.close();
  }
  return child;
}

async function getState(port: number, signal: AbortSignal): Promise<ScoreboardState> {
  const res = await fetch(`http://127.0.0.1:${port}/state`, { signal });
  return (await res.json()) as ScoreboardState;
}

async function postEvent(port: number, body: object, signal: AbortSignal): Promise<void> {
  await fetch(`http://127.0.0.1:${port}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
}

describe('scoreboard feed', () => {
  let controller: AbortController;
  let port: number;

  beforeEach(async () => {
    controller = new AbortController();
    port = 19_000 + Math.floor(Math.random() * 1_000);
    await startSimulator({ rink: 'north', port, signal: controller.signal });
  });

  afterEach(() => {
    controller.abort();
  });

  it('starts in the first period with a zero score', async () => {
    const state = await getState(port, controller.signal);
    expect(state.period).toBe(1);
    expect([state.home.goals, state.away.goals]).toEqual([0, 0]);
  });

  it('counts a goal as a shot on goal', async () => {
    await postEvent(port, { type: 'goal', team: 'home', scorer: 19, assists: [8, 44] }, controller.signal);
    const state = await getState(port, controller.signal);
    expect(state.home.goals).toBe(1);
    expect(state.home.shots).toBeGreaterThan(0);
  });

  it('lists a minor penalty with two minutes remaining', async () => {
    await postEvent(port, { type: 'penalty', team: 'away', player: 27, minutes: 2 }, controller.signal);
    const state = await getState(port, controller.signal);
    expect(state.penalties).toEqual([{ team: 'away', player: 27, remaining: '2:00' }]);
  });
});
