// expect: none
// Every assertion compares awaited values, and promises are only handed to assert.rejects / assert.doesNotReject, which expect promises.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Gondola {
  number: number;
  riders: number;
  weightKg: number;
  doorLocked: boolean;
}

class WheelSimulator {
  readonly gondolas: Gondola[];
  private rotating = false;

  constructor(count: number) {
    this.gondolas = Array.from({ length: count }, (_, i) => ({ number: i + 1, riders: 0, weightKg: 0, doorLocked: true }));
  }

  async board(gondola: number, riders: number, weightKg: number): Promise<void> {
    if (this.rotating) throw new Error('cannot board while rotating');
    const g = this.gondolas[gondola - 1];
    if (!g) throw new Error(`no gondola ${gondola}`);
    if (g.riders + riders > 6) throw new Error(`gondola ${gondola} full`);
    g.riders += riders;
    g.weightKg += weightKg;
  }

  async occupancy(): Promise<number> {
    return this.gondolas.reduce((sum, g) => sum + g.riders, 0);
  }

  async imbalanceKg(): Promise<number> {
    const half = this.gondolas.length / 2;
    let a = 0;
    let b = 0;
    this.gondolas.forEach((g, i) => {
      if (i < half) a += g.weightKg;
      else b += g.weightKg;
    });
    return Math.abs(a - b);
  }

  async isBalanced(limitKg = 400): Promise<boolean> {
    return (await this.imbalanceKg()) <= limitKg;
  }

  async start(): Promise<void> {
    if (this.gondolas.some((g) => !g.doorLocked)) throw new Error('door unlocked');
    if (!(await this.isBalanced())) throw new Error('wheel out of balance');
    this.rotating = true;
  }
}

describe('WheelSimulator', () => {
  let wheel: WheelSimulator;

  beforeEach(() => {
    wheel = new WheelSimulator(12);
  });

  it('counts riders across gondolas', async () => {
    await wheel.board(1, 4, 280);
    await wheel.board(7, 2, 150);
    assert.equal(await wheel.occupancy(), 6);
  });

  it('is balanced when load is spread across both halves', async () => {
    await wheel.board(2, 3, 220);
    await wheel.board(8, 3, 210);
    assert.ok(await wheel.isBalanced());
    assert.equal(await wheel.imbalanceKg(), 10);
  });

  it('refuses to start when one side is overloaded', async () => {
    await wheel.board(1, 6, 480);
    await wheel.board(2, 6, 450);
    assert.equal(await wheel.isBalanced(), false);
    await assert.rejects(wheel.start(), /out of balance/);
  });

  it('starts with a balanced load and blocks boarding while rotating', async () => {
    await wheel.board(3, 2, 150);
    await wheel.board(9, 2, 160);
    await assert.doesNotReject(wheel.start());
    await assert.rejects(wheel.board(4, 1, 70), /while rotating/);
  });

  it('rejects overfilling a gondola', async () => {
    await wheel.board(5, 5, 350);
    await assert.rejects(wheel.board(5, 2, 140), /full/);
  });
});
