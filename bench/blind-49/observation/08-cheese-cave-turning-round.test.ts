// expect: none
// Every Promise.allSettled result is narrowed on status before .value or .reason is read, in the code under test and in the assertions.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toContain(item: unknown): void;
};

interface Wheel {
  wheelId: string;
  shelf: string;
  ageDays: number;
  lastTurned: Date;
}

interface TurnOutcome {
  turned: string[];
  failed: Array<{ wheelId: string; reason: string }>;
}

type TurnRobot = (wheel: Wheel) => Promise<Date>;

async function turningRound(wheels: Wheel[], robot: TurnRobot, now = new Date()): Promise<TurnOutcome> {
  const due = wheels.filter((w) => {
    const intervalDays = w.ageDays < 30 ? 1 : w.ageDays < 180 ? 3 : 7;
    return now.getTime() - w.lastTurned.getTime() >= intervalDays * 86_400_000;
  });
  const results = await Promise.allSettled(due.map((w) => robot(w)));
  const outcome: TurnOutcome = { turned: [], failed: [] };
  results.forEach((result, i) => {
    const wheel = due[i];
    if (result.status === 'fulfilled') {
      wheel.lastTurned = result.value;
      outcome.turned.push(wheel.wheelId);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      outcome.failed.push({ wheelId: wheel.wheelId, reason });
    }
  });
  return outcome;
}

const DAY = 86_400_000;
const NOW = new Date('2024-03-10T06:00:00Z');

describe('turningRound', () => {
  let wheels: Wheel[];

  beforeEach(() => {
    wheels = [
      { wheelId: 'comte-01', shelf: 'A1', ageDays: 200, lastTurned: new Date(NOW.getTime() - 8 * DAY) },
      { wheelId: 'comte-02', shelf: 'A1', ageDays: 200, lastTurned: new Date(NOW.getTime() - 2 * DAY) },
      { wheelId: 'tomme-07', shelf: 'B3', ageDays: 12, lastTurned: new Date(NOW.getTime() - 1 * DAY) },
      { wheelId: 'bleu-03', shelf: 'C2', ageDays: 60, lastTurned: new Date(NOW.getTime() - 4 * DAY) },
    ];
  });

  it('turns only wheels whose interval has elapsed', async () => {
    const outcome = await turningRound(wheels, async () => NOW, NOW);
    expect(outcome.turned).toEqual(['comte-01', 'tomme-07', 'bleu-03']);
    expect(outcome.failed).toEqual([]);
    expect(wheels[0].lastTurned.getTime()).toBe(NOW.getTime());
  });

  it('keeps going when the robot drops a wheel', async () => {
    const robot: TurnRobot = async (wheel) => {
      if (wheel.shelf === 'B3') throw new Error('gripper slipped on B3');
      return NOW;
    };
    const outcome = await turningRound(wheels, robot, NOW);
    expect(outcome.turned).toEqual(['comte-01', 'bleu-03']);
    expect(outcome.failed).toEqual([{ wheelId: 'tomme-07', reason: 'gripper slipped on B3' }]);
    expect(wheels[2].lastTurned.getTime()).toBe(NOW.getTime() - DAY);
  });

  it('settles every robot call before reporting', async () => {
    const settled = await Promise.allSettled([
      turningRound(wheels, async () => NOW, NOW),
      turningRound([], async () => NOW, NOW),
    ]);
    const statuses = settled.map((s) => s.status);
    expect(statuses).toEqual(['fulfilled', 'fulfilled']);
    const first = settled[0];
    if (first.status === 'fulfilled') {
      expect(first.value.turned).toContain('bleu-03');
    }
  });
});
