// expect: no-promise-as-value
// The "seals before humidifying" test asserts assert.ok(chamber.isSealed()) on the un-awaited Promise<boolean>, which is always truthy.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type DoorState = 'open' | 'closing' | 'sealed';

class HumidityChamber {
  private door: DoorState = 'open';
  private rh = 45;
  private readonly history: number[] = [];

  async isSealed(): Promise<boolean> {
    await new Promise((r) => setImmediate(r));
    return this.door === 'sealed';
  }

  async close(): Promise<void> {
    this.door = 'closing';
    await new Promise((r) => setImmediate(r));
    this.door = 'sealed';
  }

  async humidify(targetRh: number): Promise<number> {
    if (this.door !== 'sealed') throw new Error('refusing to humidify with the door open');
    if (targetRh > 85) throw new RangeError(`target ${targetRh}% RH risks gelatinising the parchment`);
    while (this.rh < targetRh) {
      this.rh = Math.min(targetRh, this.rh + 7.5);
      this.history.push(this.rh);
      await new Promise((r) => setImmediate(r));
    }
    return this.rh;
  }

  steps(): number[] {
    return [...this.history];
  }

  open(): void {
    this.door = 'open';
  }
}

describe('parchment humidity chamber', () => {
  let chamber: HumidityChamber;

  beforeEach(() => {
    chamber = new HumidityChamber();
  });

  it('seals before humidifying', async () => {
    const closing = chamber.close();
    await closing;
    assert.ok(chamber.isSealed());
    assert.equal(await chamber.humidify(75), 75);
  });

  it('will not humidify an open chamber', async () => {
    await assert.rejects(chamber.humidify(70), /door open/);
  });

  it('raises humidity gradually', async () => {
    await chamber.close();
    await chamber.humidify(78);
    const steps = chamber.steps();
    assert.ok(steps.length >= 4);
    for (let i = 1; i < steps.length; i++) {
      assert.ok(steps[i] - steps[i - 1] <= 7.5);
    }
  });

  it('caps the target below the gelatinisation point', async () => {
    await chamber.close();
    await assert.rejects(chamber.humidify(90), RangeError);
  });

  it('reports unsealed once the door is opened again', async () => {
    await chamber.close();
    chamber.open();
    assert.equal(await chamber.isSealed(), false);
  });
});
