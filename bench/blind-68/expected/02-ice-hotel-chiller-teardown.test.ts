// expect: no-uncalled-async-function
// Bug: afterEach awaits harness.drainCoolant (the method) rather than its call, so the loop is never drained between tests.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeLessThan(n: number): void;
  toEqual(expected: unknown): void;
};

interface ChillerLoop {
  id: string;
  setpointC: number;
  coolantLitres: number;
  running: boolean;
}

declare const chillerSim: {
  createLoop(id: string, setpointC: number): Promise<ChillerLoop>;
  advance(loop: ChillerLoop, minutes: number): Promise<{ wallTempC: number; compressorDuty: number }>;
  drain(loop: ChillerLoop): Promise<void>;
  openDoor(loop: ChillerLoop, seconds: number): Promise<void>;
};

class SuiteHarness {
  loops: ChillerLoop[] = [];

  async addRoom(id: string, setpointC = -5): Promise<ChillerLoop> {
    const loop = await chillerSim.createLoop(id, setpointC);
    this.loops.push(loop);
    return loop;
  }

  async drainCoolant(): Promise<void> {
    for (const loop of this.loops) {
      await chillerSim.drain(loop);
    }
    this.loops = [];
  }
}

describe('ice hotel suite chillers', () => {
  let harness: SuiteHarness;

  beforeEach(() => {
    harness = new SuiteHarness();
  });

  afterEach(async () => {
    await harness.drainCoolant;
  });

  it('holds the ice walls below -3 °C overnight', async () => {
    const loop = await harness.addRoom('aurora-suite');
    const night = await chillerSim.advance(loop, 8 * 60);
    expect(night.wallTempC).toBeLessThan(-3);
  });

  it('recovers within an hour after the door is propped open', async () => {
    const loop = await harness.addRoom('igloo-12', -6);
    await chillerSim.openDoor(loop, 300);
    const after = await chillerSim.advance(loop, 60);
    expect(after.wallTempC).toBeLessThan(-4);
  });

  it('throttles the compressor once the setpoint is reached', async () => {
    const loop = await harness.addRoom('ice-bar', -8);
    await chillerSim.advance(loop, 120);
    const steady = await chillerSim.advance(loop, 30);
    expect(steady.compressorDuty).toBeLessThan(0.6);
  });

  it('tracks every room it creates', async () => {
    await harness.addRoom('chapel');
    await harness.addRoom('reception');
    expect(harness.loops.map((l) => l.id)).toEqual(['chapel', 'reception']);
  });
});
