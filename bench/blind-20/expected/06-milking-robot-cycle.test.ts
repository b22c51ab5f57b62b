// expect: none
// Correct: the poll helper calls robot.readStall() again on every iteration, so each check observes fresh state.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

type StallPhase = 'idle' | 'teat-prep' | 'attaching' | 'milking' | 'post-dip' | 'released';

interface StallReading {
  stall: number;
  cowTag: string | null;
  phase: StallPhase;
  yieldLitres: number;
}

class SimulatedRobot {
  private reading: StallReading = { stall: 3, cowTag: null, phase: 'idle', yieldLitres: 0 };
  private readonly order: StallPhase[] = ['teat-prep', 'attaching', 'milking', 'post-dip', 'released'];

  async admit(cowTag: string): Promise<void> {
    this.reading = { ...this.reading, cowTag, phase: 'teat-prep', yieldLitres: 0 };
    let step = 0;
    const advance = setInterval(() => {
      step += 1;
      const phase = this.order[Math.min(step, this.order.length - 1)];
      const yieldLitres = phase === 'milking' ? this.reading.yieldLitres + 4.2 : this.reading.yieldLitres;
      this.reading = { ...this.reading, phase, yieldLitres };
      if (phase === 'released') clearInterval(advance);
    }, 5);
  }

  async readStall(): Promise<StallReading> {
    return { ...this.reading };
  }
}

async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, { intervalMs = 5, timeoutMs = 1_000 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let latest = await read();
  while (!done(latest)) {
    if (Date.now() > deadline) throw new Error('timed out waiting for stall');
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    latest = await read();
  }
  return latest;
}

describe('milking cycle', () => {
  let robot: SimulatedRobot;

  beforeEach(() => {
    robot = new SimulatedRobot();
  });

  it('runs a cow through to release', async () => {
    await robot.admit('NL-4471');
    const final = await pollUntil(
      () => robot.readStall(),
      (r) => r.phase === 'released',
    );
    expect(final.cowTag).toBe('NL-4471');
    expect(final.yieldLitres).toBeGreaterThan(0);
  });

  it('reports milking before post-dip', async () => {
    await robot.admit('NL-5012');
    const seen: StallPhase[] = [];
    await pollUntil(
      () => robot.readStall(),
      (r) => {
        if (seen[seen.length - 1] !== r.phase) seen.push(r.phase);
        return r.phase === 'released';
      },
      { intervalMs: 1 },
    );
    expect(seen.indexOf('milking')).toBeGreaterThan(seen.indexOf('teat-prep'));
  });
});
