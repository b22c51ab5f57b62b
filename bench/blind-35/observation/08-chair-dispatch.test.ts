// expect: no-floating-promises
// assert.rejects(...) in the overspeed test is not awaited, so the assertion's promise is dropped and the test passes whether or not dispatch rejects.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface LiftState {
  ropeSpeedMs: number;
  windMs: number;
  brakeEngaged: boolean;
  chairsOnLine: number;
}

class ChairDispatcher {
  private dispatched = 0;

  constructor(
    private readonly state: LiftState,
    private readonly capacity = 120,
  ) {}

  async dispatchChair(skiers: number): Promise<number> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.state.brakeEngaged) throw new Error('service brake engaged');
    if (this.state.ropeSpeedMs > 5) throw new Error(`rope overspeed at ${this.state.ropeSpeedMs} m/s`);
    if (this.state.windMs >= 20) throw new Error('wind hold in force');
    if (skiers < 1 || skiers > 4) throw new RangeError('a chair carries one to four skiers');
    if (this.state.chairsOnLine >= this.capacity) throw new Error('line full');
    this.state.chairsOnLine++;
    this.dispatched++;
    return this.dispatched;
  }

  async arriveAtTop(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.state.chairsOnLine = Math.max(0, this.state.chairsOnLine - 1);
  }

  get total(): number {
    return this.dispatched;
  }
}

describe('ChairDispatcher', () => {
  let state: LiftState;
  let dispatcher: ChairDispatcher;

  beforeEach(() => {
    state = { ropeSpeedMs: 4.5, windMs: 6, brakeEngaged: false, chairsOnLine: 0 };
    dispatcher = new ChairDispatcher(state, 3);
  });

  it('numbers chairs in dispatch order', async () => {
    assert.equal(await dispatcher.dispatchChair(4), 1);
    assert.equal(await dispatcher.dispatchChair(2), 2);
    assert.equal(state.chairsOnLine, 2);
  });

  it('refuses to load while the brake is engaged', async () => {
    state.brakeEngaged = true;
    await assert.rejects(dispatcher.dispatchChair(1), /service brake/);
    assert.equal(dispatcher.total, 0);
  });

  it('refuses to load when the rope overspeeds', async () => {
    state.ropeSpeedMs = 5.6;
    assert.rejects(dispatcher.dispatchChair(2), /overspeed at 5.6/);
    assert.equal(state.chairsOnLine, 0);
  });

  it('stops loading when the line is full and resumes after arrivals', async () => {
    for (let i = 0; i < 3; i++) await dispatcher.dispatchChair(3);
    await assert.rejects(dispatcher.dispatchChair(1), /line full/);
    await dispatcher.arriveAtTop();
    assert.equal(await dispatcher.dispatchChair(1), 4);
  });

  it('rejects an overloaded chair', async () => {
    await assert.rejects(dispatcher.dispatchChair(5), RangeError);
  });

  it('holds for wind', async () => {
    state.windMs = 21;
    await assert.rejects(dispatcher.dispatchChair(1), { message: 'wind hold in force' });
  });
});
