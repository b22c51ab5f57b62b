// expect: no-uncalled-async-function
// beforeEach does `await resetPressFixture` (the function, not a call), so the press is never reset and state leaks between tests.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toBeCloseTo(n: number, digits?: number): void;
};

interface RollerState {
  rollerId: string;
  tensionN: number;
  metresFed: number;
  jams: number;
}

declare const pressRig: {
  state(rollerId: string): Promise<RollerState>;
  feed(rollerId: string, metres: number, speedMps: number): Promise<void>;
  setTension(rollerId: string, newtons: number): Promise<void>;
  simulateJam(rollerId: string): Promise<void>;
  clearJam(rollerId: string): Promise<number>;
  reset(rollerId: string): Promise<void>;
};

const ROLLERS = ['infeed', 'blanket', 'rewind'] as const;

async function resetPressFixture(): Promise<void> {
  for (const id of ROLLERS) {
    await pressRig.reset(id);
    await pressRig.setTension(id, 420);
  }
}

describe('newsprint roller line', () => {
  beforeEach(async () => {
    await resetPressFixture;
  });

  it('starts every roller at nominal tension', async () => {
    const states = await Promise.all(ROLLERS.map((id) => pressRig.state(id)));
    expect(states.map((s) => s.tensionN)).toEqual([420, 420, 420]);
  });

  it('accumulates metres fed on the infeed roller', async () => {
    await pressRig.feed('infeed', 120, 4.5);
    await pressRig.feed('infeed', 80, 4.5);
    const state = await pressRig.state('infeed');
    expect(state.metresFed).toBe(200);
  });

  it('counts a jam and clears it', async () => {
    await pressRig.simulateJam('blanket');
    const jammed = await pressRig.state('blanket');
    expect(jammed.jams).toBe(1);

    const clearedAfterMs = await pressRig.clearJam('blanket');
    expect(clearedAfterMs).toBeGreaterThan(0);
  });

  it('keeps rewind tension within 2% after a long run', async () => {
    await pressRig.feed('rewind', 2_000, 6);
    const state = await pressRig.state('rewind');
    expect(state.tensionN / 420).toBeCloseTo(1, 1);
  });

  it('reports zero jams for a clean run', async () => {
    await pressRig.feed('blanket', 300, 5);
    const state = await pressRig.state('blanket');
    expect(state.jams).toBe(0);
  });
});
