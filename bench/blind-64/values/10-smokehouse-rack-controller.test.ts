// expect: none
// Every assertion on an async accessor awaits it first (assert.ok(await ...), assert.equal(await ...)), so no Promise is ever compared or tested for truthiness.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface RackConfig {
  rackId: string;
  product: 'brisket' | 'pork-belly' | 'trout';
  targetChamberC: number;
  doorSealed: boolean;
}

class SmokeRackController {
  private chamberC = 20;
  private sealed: boolean;
  private woodChipsKg = 0;
  private readonly log: string[] = [];

  constructor(private readonly config: RackConfig) {
    this.sealed = config.doorSealed;
  }

  async isSealed(): Promise<boolean> {
    await delay(1);
    return this.sealed;
  }

  async chamberTemp(): Promise<number> {
    await delay(1);
    return this.chamberC;
  }

  async loadChips(kg: number): Promise<number> {
    if (kg <= 0 || kg > 5) throw new RangeError(`chip load ${kg}kg outside 0-5kg`);
    await delay(1);
    this.woodChipsKg += kg;
    this.log.push(`chips +${kg}kg`);
    return this.woodChipsKg;
  }

  async heatTo(targetC: number): Promise<void> {
    if (!(await this.isSealed())) throw new Error(`rack ${this.config.rackId} door open`);
    while (this.chamberC < targetC) {
      await delay(1);
      this.chamberC = Math.min(targetC, this.chamberC + 25);
    }
    this.log.push(`heated to ${targetC}C`);
  }

  openDoor(): void {
    this.sealed = false;
    this.chamberC -= 15;
  }

  history(): string[] {
    return [...this.log];
  }
}

describe('smokehouse rack controller', () => {
  let rack: SmokeRackController;

  beforeEach(() => {
    rack = new SmokeRackController({ rackId: 'R3', product: 'brisket', targetChamberC: 107, doorSealed: true });
  });

  it('reaches the target chamber temperature', async () => {
    await rack.heatTo(107);
    assert.equal(await rack.chamberTemp(), 107);
    assert.ok(await rack.isSealed());
  });

  it('accumulates wood chip loads', async () => {
    assert.equal(await rack.loadChips(1.5), 1.5);
    assert.equal(await rack.loadChips(2), 3.5);
    assert.deepEqual(rack.history(), ['chips +1.5kg', 'chips +2kg']);
  });

  it('refuses to heat with the door open', async () => {
    rack.openDoor();
    assert.equal(await rack.isSealed(), false);
    await assert.rejects(rack.heatTo(107), /door open/);
  });

  it('rejects oversized chip loads', async () => {
    await assert.rejects(rack.loadChips(8), RangeError);
  });
});
