// expect: none
// Every started promise is awaited: the pushed move promises go through one Promise.all, allSettled results are checked by status, and the overlapping move is checked with assert.rejects inside the same Promise.all.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface FloatState {
  floatId: string;
  armAngleDeg: number;
  headTiltDeg: number;
  batteryPct: number;
}

class PuppetFloat {
  state: FloatState;
  private busy = false;

  constructor(floatId: string, batteryPct: number) {
    this.state = { floatId, armAngleDeg: 0, headTiltDeg: 0, batteryPct };
  }

  async wave(angle: number): Promise<void> {
    if (this.state.batteryPct < 10) throw new Error(`${this.state.floatId} battery too low to wave`);
    if (this.busy) throw new Error(`${this.state.floatId} is mid-move`);
    this.busy = true;
    await sleep(5);
    this.state.armAngleDeg = angle;
    this.state.batteryPct -= 2;
    this.busy = false;
  }

  async nod(): Promise<void> {
    await sleep(3);
    this.state.headTiltDeg = this.state.headTiltDeg === 0 ? 15 : 0;
  }

  park(): void {
    this.state.armAngleDeg = 0;
    this.state.headTiltDeg = 0;
  }
}

describe('parade float choreography', () => {
  let floats: PuppetFloat[];

  beforeEach(() => {
    floats = [new PuppetFloat('giant-1', 80), new PuppetFloat('dragon', 55), new PuppetFloat('jester', 6)];
  });

  afterEach(() => {
    for (const f of floats) f.park();
  });

  it('waves all charged floats together', async () => {
    const moves: Promise<void>[] = [];
    for (const f of floats) {
      if (f.state.batteryPct < 10) continue;
      moves.push(f.wave(45));
    }
    await Promise.all(moves);
    assert.deepEqual(
      floats.map((f) => f.state.armAngleDeg),
      [45, 45, 0],
    );
  });

  it('reports which floats could not wave', async () => {
    const outcomes = await Promise.allSettled(floats.map((f) => f.wave(30)));
    const failed = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [floats[i].state.floatId] : []));
    const waved = outcomes.filter((o) => o.status === 'fulfilled').length;
    assert.deepEqual(failed, ['jester']);
    assert.equal(waved, 2);
  });

  it('refuses overlapping moves on one float', async () => {
    const giant = floats[0];
    await Promise.all([giant.wave(20), assert.rejects(giant.wave(60), /mid-move/)]);
    assert.equal(giant.state.armAngleDeg, 20);
  });

  it('drains battery per wave', async () => {
    const dragon = floats[1];
    for (let i = 0; i < 3; i++) await dragon.wave(10 * i);
    assert.equal(dragon.state.batteryPct, 49);
  });

  it('nods in sequence with waving', async () => {
    const dragon = floats[1];
    await Promise.all([dragon.nod(), dragon.wave(15)]);
    assert.equal(dragon.state.headTiltDeg, 15);
    assert.equal(dragon.state.armAngleDeg, 15);
  });
});
