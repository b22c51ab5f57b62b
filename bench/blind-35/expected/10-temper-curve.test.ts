// expect: none
// Functions are passed to assert.rejects/doesNotReject and mock.fn, which call them; every assertion promise is awaited.
import { describe, it, mock, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type Chocolate = 'dark' | 'milk' | 'white';

const CURVES: Record<Chocolate, { meltC: number; coolC: number; workC: number }> = {
  dark: { meltC: 50, coolC: 27, workC: 31.5 },
  milk: { meltC: 45, coolC: 26, workC: 30 },
  white: { meltC: 40, coolC: 25, workC: 28 },
};

interface Thermometer {
  read(): Promise<number>;
}

class TemperingMachine {
  private stage: 'idle' | 'melting' | 'cooling' | 'working' = 'idle';

  constructor(
    private readonly thermo: Thermometer,
    private readonly chocolate: Chocolate,
  ) {}

  warmUp = async (): Promise<void> => {
    const t = await this.thermo.read();
    if (t < CURVES[this.chocolate].meltC) throw new Error(`bowl at ${t}°C, below melt point`);
    this.stage = 'melting';
  };

  seed = async (seedGrams: number, batchGrams: number): Promise<void> => {
    if (this.stage !== 'melting') throw new Error('seed only after full melt');
    const ratio = seedGrams / batchGrams;
    if (ratio < 0.2 || ratio > 0.3) throw new Error(`seed ratio ${ratio.toFixed(2)} outside 0.20-0.30`);
    const t = await this.thermo.read();
    if (t > CURVES[this.chocolate].coolC + 1) throw new Error(`still ${t}°C after seeding`);
    this.stage = 'cooling';
  };

  get currentStage(): string {
    return this.stage;
  }
}

describe('TemperingMachine', () => {
  let readings: number[];
  let read: ReturnType<typeof mock.fn<() => Promise<number>>>;

  beforeEach(() => {
    readings = [];
    read = mock.fn(async () => {
      const next = readings.shift();
      if (next === undefined) throw new Error('thermometer out of readings');
      return next;
    });
  });

  it('warms up once the bowl passes the melt point', async () => {
    readings.push(51);
    const machine = new TemperingMachine({ read }, 'dark');
    await assert.doesNotReject(machine.warmUp);
    assert.equal(machine.currentStage, 'melting');
    assert.equal(read.mock.callCount(), 1);
  });

  it('refuses to seed before melting', async () => {
    const machine = new TemperingMachine({ read }, 'milk');
    await assert.rejects(() => machine.seed(250, 1000), /only after full melt/);
  });

  it('rejects a seed ratio that will not temper', async () => {
    readings.push(46);
    const machine = new TemperingMachine({ read }, 'milk');
    await machine.warmUp();
    await assert.rejects(() => machine.seed(100, 1000), /seed ratio 0\.10/);
  });

  it('accepts a good seed and moves to cooling', async () => {
    readings.push(41, 25.5);
    const machine = new TemperingMachine({ read }, 'white');
    await machine.warmUp();
    await machine.seed(250, 1000);
    assert.equal(machine.currentStage, 'cooling');
  });

  it('surfaces thermometer failures', async () => {
    const machine = new TemperingMachine({ read }, 'dark');
    await assert.rejects(machine.warmUp, /out of readings/);
  });
});
