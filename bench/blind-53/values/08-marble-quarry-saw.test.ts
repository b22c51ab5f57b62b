// expect: none
// Promises reach assertions only through expect(...).resolves/.rejects, which are awaited, and every boolean check awaits the async call first.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toBeCloseTo(n: number, digits?: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toBeCloseTo(n: number, digits?: number): Promise<void> };
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface WireSawState {
  sawId: string;
  wireSpeedMps: number;
  coolantLpm: number;
  cutDepthCm: number;
}

class DiamondWireSaw {
  state: WireSawState;

  constructor(sawId: string) {
    this.state = { sawId, wireSpeedMps: 0, coolantLpm: 0, cutDepthCm: 0 };
  }

  async start(speedMps: number, coolantLpm: number): Promise<void> {
    await Promise.resolve();
    // diamond beads glaze and snap if run dry
    if (coolantLpm < 20) throw new Error(`coolant ${coolantLpm} L/min below minimum for ${this.state.sawId}`);
    if (speedMps > 40) throw new Error(`wire speed ${speedMps} m/s exceeds bead rating`);
    this.state = { ...this.state, wireSpeedMps: speedMps, coolantLpm };
  }

  async isCutting(): Promise<boolean> {
    await Promise.resolve();
    return this.state.wireSpeedMps > 0 && this.state.coolantLpm >= 20;
  }

  async advance(minutes: number): Promise<number> {
    if (!(await this.isCutting())) throw new Error('saw is not running');
    // roughly 1.2 cm of Carrara per minute at 30 m/s
    this.state.cutDepthCm += minutes * 1.2 * (this.state.wireSpeedMps / 30);
    return this.state.cutDepthCm;
  }
}

describe('diamond wire saw', () => {
  let saw: DiamondWireSaw;

  beforeEach(() => {
    saw = new DiamondWireSaw('bench-2');
  });

  it('is idle until started', async () => {
    expect(await saw.isCutting()).toBe(false);
  });

  it('starts with enough coolant', async () => {
    await saw.start(30, 45);
    await expect(saw.isCutting()).resolves.toBe(true);
  });

  it('refuses to run dry', async () => {
    await expect(saw.start(30, 5)).rejects.toThrow(/coolant 5 L\/min/);
    expect(await saw.isCutting()).toBe(false);
  });

  it('refuses an over-speed wire', async () => {
    await expect(saw.start(55, 45)).rejects.toThrow('exceeds bead rating');
  });

  it('cuts deeper over time', async () => {
    await saw.start(30, 45);
    await saw.advance(10);
    await expect(saw.advance(5)).resolves.toBeCloseTo(18);
    expect(saw.state.cutDepthCm).toBeCloseTo(18);
  });

  it('will not advance a stopped saw', async () => {
    await expect(saw.advance(1)).rejects.toThrow('saw is not running');
  });
});
