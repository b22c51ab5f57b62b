// expect: none
// assert.rejects and t.after receive functions as their API expects; Promise.all gets called promises and every attempt is awaited.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface MastTelemetry {
  windKnots: number;
  yawDeg: number;
  noseConeLatched: boolean;
}

interface WinchDriver {
  reelIn(metres: number): Promise<number>;
  latchNoseCone(): Promise<void>;
  releaseNoseCone(): Promise<void>;
  telemetry(): Promise<MastTelemetry>;
}

class MooringMast {
  private readonly history: string[] = [];

  constructor(private readonly winch: WinchDriver, private readonly maxWindKnots: number) {}

  async moor(lineOutM: number): Promise<MastTelemetry> {
    const before = await this.winch.telemetry();
    if (before.windKnots > this.maxWindKnots) {
      throw new Error(`wind ${before.windKnots}kt exceeds mooring limit ${this.maxWindKnots}kt`);
    }
    const [remaining] = await Promise.all([this.winch.reelIn(lineOutM), this.logStep('reel-in')]);
    if (remaining > 0.5) throw new Error(`line still ${remaining}m out`);
    await this.winch.latchNoseCone();
    await this.logStep('latched');
    return this.winch.telemetry();
  }

  async release(): Promise<void> {
    const state = await this.winch.telemetry();
    if (!state.noseConeLatched) throw new Error('nose cone is not latched');
    await this.winch.releaseNoseCone();
    await this.logStep('released');
  }

  private async logStep(step: string): Promise<void> {
    this.history.push(`${new Date().toISOString()} ${step}`);
  }

  steps(): string[] {
    return this.history.map((line) => line.split(' ')[1]);
  }
}

function fakeWinch(initial: Partial<MastTelemetry> = {}): WinchDriver & { state: MastTelemetry } {
  const state: MastTelemetry = { windKnots: 8, yawDeg: 0, noseConeLatched: false, ...initial };
  return {
    state,
    reelIn: async (metres) => Math.max(0, metres - 120),
    latchNoseCone: async () => {
      state.noseConeLatched = true;
    },
    releaseNoseCone: async () => {
      state.noseConeLatched = false;
    },
    telemetry: async () => ({ ...state }),
  };
}

describe('MooringMast', () => {
  it('moors in light wind and records each step', async (t) => {
    const winch = fakeWinch();
    const latch = t.mock.method(winch, 'latchNoseCone');
    const mast = new MooringMast(winch, 25);
    t.after(() => latch.mock.restore());

    const after = await mast.moor(110);
    assert.equal(after.noseConeLatched, true);
    assert.equal(latch.mock.callCount(), 1);
    assert.deepEqual(mast.steps(), ['reel-in', 'latched']);
  });

  it('refuses to moor above the wind limit', async () => {
    const mast = new MooringMast(fakeWinch({ windKnots: 31 }), 25);
    await assert.rejects(() => mast.moor(100), /exceeds mooring limit/);
  });

  it('reports line still out when the winch stalls', async () => {
    const mast = new MooringMast(fakeWinch(), 25);
    await assert.rejects(() => mast.moor(200), /line still 80m out/);
  });

  it('cannot release an unlatched nose cone', async () => {
    const mast = new MooringMast(fakeWinch({ noseConeLatched: false }), 25);
    await assert.rejects(mast.release(), { message: 'nose cone is not latched' });
  });

  it('releases after mooring', async () => {
    const winch = fakeWinch();
    const mast = new MooringMast(winch, 25);
    await mast.moor(60);
    await mast.release();
    assert.equal(winch.state.noseConeLatched, false);
  });
});
