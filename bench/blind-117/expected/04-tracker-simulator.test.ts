// expect: no-uncalled-async-function
// The afterEach hook awaits sim.stop without calling it, so the simulator's tick interval is never stopped between tests.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface TrackerState {
  rowId: string;
  angleDeg: number;
  targetDeg: number;
  stowed: boolean;
}

class TrackerRowSimulator {
  private timer?: NodeJS.Timeout;
  private readonly rows = new Map<string, TrackerState>();

  constructor(private readonly degreesPerTick = 2) {}

  async start(rowIds: string[]): Promise<void> {
    for (const rowId of rowIds) {
      this.rows.set(rowId, { rowId, angleDeg: 0, targetDeg: 0, stowed: false });
    }
    this.timer = setInterval(() => this.tick(), 100);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  setTarget(rowId: string, targetDeg: number): void {
    const row = this.rows.get(rowId);
    if (!row) throw new Error(`Unknown tracker row ${rowId}`);
    row.targetDeg = Math.max(-60, Math.min(60, targetDeg));
  }

  stowAll(): void {
    for (const row of this.rows.values()) {
      row.stowed = true;
      row.targetDeg = 0;
    }
  }

  state(rowId: string): TrackerState | undefined {
    const row = this.rows.get(rowId);
    return row ? { ...row } : undefined;
  }

  private tick(): void {
    for (const row of this.rows.values()) {
      const delta = row.targetDeg - row.angleDeg;
      row.angleDeg += Math.sign(delta) * Math.min(Math.abs(delta), this.degreesPerTick);
    }
  }
}

describe('TrackerRowSimulator', () => {
  let sim: TrackerRowSimulator;

  beforeEach(async () => {
    vi.useFakeTimers();
    sim = new TrackerRowSimulator(5);
    await sim.start(['B1-R01', 'B1-R02']);
  });

  afterEach(async () => {
    await sim.stop;
    vi.useRealTimers();
  });

  it('moves a row towards its target angle', () => {
    sim.setTarget('B1-R01', 30);
    vi.advanceTimersByTime(300);
    expect(sim.state('B1-R01')?.angleDeg).toBe(15);
  });

  it('clamps targets to the mechanical limits', () => {
    sim.setTarget('B1-R02', 85);
    vi.advanceTimersByTime(2000);
    expect(sim.state('B1-R02')?.angleDeg).toBe(60);
  });

  it('returns every row to flat when stowing for wind', () => {
    sim.setTarget('B1-R01', -40);
    vi.advanceTimersByTime(1000);
    sim.stowAll();
    vi.advanceTimersByTime(1000);
    expect(sim.state('B1-R01')).toMatchObject({ angleDeg: 0, stowed: true });
  });

  it('rejects unknown rows', () => {
    expect(() => sim.setTarget('B9-R99', 10)).toThrow('Unknown tracker row');
  });
});
