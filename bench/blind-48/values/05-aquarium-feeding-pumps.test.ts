// expect: no-promise-as-value
// Bug: assert.ok(pump.isPrimed()) is handed the promise, which is always truthy, so the priming assertion can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface PumpBus {
  readPressure(pumpId: string): Promise<number>;
  runMotor(pumpId: string, ms: number): Promise<void>;
}

class FakePumpBus implements PumpBus {
  pressure = new Map<string, number>();
  motorMs = new Map<string, number>();

  async readPressure(pumpId: string): Promise<number> {
    return this.pressure.get(pumpId) ?? 0;
  }

  async runMotor(pumpId: string, ms: number): Promise<void> {
    this.motorMs.set(pumpId, (this.motorMs.get(pumpId) ?? 0) + ms);
    if (ms >= 1_500) this.pressure.set(pumpId, 0.6);
  }
}

class FeedingPump {
  constructor(private readonly bus: PumpBus, readonly pumpId: string) {}

  async isPrimed(): Promise<boolean> {
    return (await this.bus.readPressure(this.pumpId)) >= 0.5;
  }

  async prime(): Promise<void> {
    await this.bus.runMotor(this.pumpId, 1_500);
  }

  async dispense(grams: number): Promise<number> {
    if (!(await this.isPrimed())) throw new Error(`pump ${this.pumpId} not primed`);
    const ms = Math.round(grams * 120);
    await this.bus.runMotor(this.pumpId, ms);
    return ms;
  }
}

describe('FeedingPump', () => {
  let bus: FakePumpBus;
  let pump: FeedingPump;

  beforeEach(() => {
    bus = new FakePumpBus();
    pump = new FeedingPump(bus, 'reef-tank-2');
  });

  it('primes the line before feeding', async () => {
    await pump.prime();
    assert.ok(pump.isPrimed());
    assert.equal(bus.motorMs.get('reef-tank-2'), 1_500);
  });

  it('refuses to dispense into a dry line', async () => {
    await assert.rejects(pump.dispense(4), /not primed/);
    assert.equal(bus.motorMs.has('reef-tank-2'), false);
  });

  it('runs the motor in proportion to the ration', async () => {
    await pump.prime();
    const ms = await pump.dispense(2.5);
    assert.equal(ms, 300);
    assert.equal(bus.motorMs.get('reef-tank-2'), 1_800);
  });
});
