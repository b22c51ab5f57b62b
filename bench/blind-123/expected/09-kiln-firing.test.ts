// expect: no-uncalled-async-function
// The after hook returns kiln.shutdown (the async method itself) instead of calling it, so node:test never runs the shutdown and the fake kiln is left firing after the suite.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

type KilnState = 'cold' | 'ramping' | 'soaking' | 'cooling';

class FoundryKiln {
  state: KilnState = 'cold';
  temperature = 20;
  private heater: NodeJS.Timeout | undefined;

  async ignite(targetC: number, stepMs = 2): Promise<void> {
    if (this.state !== 'cold') throw new Error(`kiln is already ${this.state}`);
    this.state = 'ramping';
    this.heater = setInterval(() => {
      this.temperature = Math.min(targetC, this.temperature + 150);
      if (this.temperature >= targetC) this.state = 'soaking';
    }, stepMs);
    while (this.state === 'ramping') await delay(stepMs);
  }

  async shutdown(): Promise<void> {
    clearInterval(this.heater);
    this.heater = undefined;
    this.state = 'cooling';
    await delay(5);
    this.state = 'cold';
  }

  readyToPour(alloyMeltC: number): boolean {
    return this.state === 'soaking' && this.temperature >= alloyMeltC + 80;
  }
}

describe('FoundryKiln', () => {
  let kiln: FoundryKiln;

  before(async () => {
    kiln = new FoundryKiln();
    await kiln.ignite(1_150);
  });

  after(() => kiln.shutdown);

  test('reaches soak temperature for bell bronze', () => {
    assert.equal(kiln.state, 'soaking');
    assert.equal(kiln.temperature, 1_150);
  });

  test('is ready to pour bronze melting at 1030C', () => {
    assert.equal(kiln.readyToPour(1_030), true);
  });

  test('is not hot enough for a copper-rich alloy', () => {
    assert.equal(kiln.readyToPour(1_085), false);
  });

  test('refuses a second ignition while firing', async () => {
    await assert.rejects(kiln.ignite(900), /already soaking/);
  });
});
