// expect: none
// Every assertion compares awaited values; the promise handed to assert.rejects is meant to be a promise, and the once() waiter is created before the timers are ticked.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

type GateState = 'open' | 'closed' | 'moving';

interface GateDrive {
  position(): Promise<number>;
  moveTo(percent: number): Promise<void>;
}

class LadderGate extends EventEmitter {
  state: GateState = 'closed';

  constructor(
    private readonly drive: GateDrive,
    private readonly settleMs: number,
  ) {
    super();
  }

  async isOpen(): Promise<boolean> {
    return (await this.drive.position()) >= 95;
  }

  async open(percent = 100): Promise<void> {
    if (percent < 0 || percent > 100) throw new RangeError(`gate opening ${percent}% out of range`);
    this.state = 'moving';
    await this.drive.moveTo(percent);
    setTimeout(() => {
      this.state = percent === 0 ? 'closed' : 'open';
      this.emit('settled', this.state);
    }, this.settleMs);
  }
}

describe('LadderGate', () => {
  let positionPct: number;
  let moveRequests: number[];
  let drive: GateDrive;
  let gate: LadderGate;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    positionPct = 0;
    moveRequests = [];
    drive = {
      position: mock.fn(async () => positionPct),
      moveTo: mock.fn(async (p: number) => {
        moveRequests.push(p);
        positionPct = p;
      }),
    };
    gate = new LadderGate(drive, 4_000);
  });

  afterEach(() => {
    mock.timers.reset();
    mock.restoreAll();
  });

  it('reports open only once the drive is past 95%', async () => {
    assert.equal(await gate.isOpen(), false);
    await gate.open(60);
    assert.equal(await gate.isOpen(), false);
    await gate.open();
    assert.equal(await gate.isOpen(), true);
  });

  it('settles after the water has stabilised', async () => {
    await gate.open();
    assert.equal(gate.state, 'moving');

    const settled = once(gate, 'settled');
    mock.timers.tick(4_000);

    const [state] = await settled;
    assert.equal(state, 'open');
  });

  it('refuses impossible openings without moving the drive', async () => {
    await assert.rejects(gate.open(140), RangeError);
    assert.deepEqual(moveRequests, []);
  });

  it('passes the requested opening to the drive', async () => {
    await gate.open(35);
    assert.deepEqual(moveRequests, [35]);
    assert.ok(!(await gate.isOpen()));
  });
});
