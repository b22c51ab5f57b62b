// expect: none
// Each once() waiter is created before the synchronous call that triggers it and is awaited (or joined with Promise.all) before anything else can run.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface JumboRoll {
  rollId: string;
  grade: string;
  lengthM: number;
  basisWeightGsm: number;
}

class Reel extends EventEmitter {
  private lengthM = 0;
  private seq = 0;

  constructor(readonly machine: string, readonly grade: string, readonly basisWeightGsm: number) {
    super();
  }

  wind(metres: number): void {
    if (metres <= 0) {
      this.emit('error', new Error(`cannot wind ${metres} m`));
      return;
    }
    this.lengthM += metres;
  }

  turnUp(): void {
    if (this.lengthM === 0) {
      this.emit('error', new Error('turn-up on an empty spool'));
      return;
    }
    const roll: JumboRoll = {
      rollId: `${this.machine}-${++this.seq}`,
      grade: this.grade,
      lengthM: this.lengthM,
      basisWeightGsm: this.basisWeightGsm,
    };
    this.lengthM = 0;
    this.emit('roll', roll);
  }

  async flushToInventory(): Promise<number> {
    await new Promise((r) => setImmediate(r));
    return this.seq;
  }
}

describe('Reel turn-up', () => {
  let reel: Reel;

  beforeEach(() => {
    reel = new Reel('PM3', 'newsprint-45', 45);
  });

  afterEach(() => {
    reel.removeAllListeners();
  });

  it('emits a finished jumbo roll on turn-up', async () => {
    const rolled = once(reel, 'roll');
    reel.wind(18_000);
    reel.wind(4_500);
    reel.turnUp();
    const [roll] = (await rolled) as [JumboRoll];
    assert.equal(roll.rollId, 'PM3-1');
    assert.equal(roll.lengthM, 22_500);
  });

  it('numbers consecutive rolls and flushes them', async () => {
    reel.wind(10_000);
    reel.turnUp();
    const second = once(reel, 'roll');
    reel.wind(12_000);
    reel.turnUp();
    const [[roll], flushed] = await Promise.all([second, reel.flushToInventory()]);
    assert.equal((roll as JumboRoll).rollId, 'PM3-2');
    assert.equal(flushed, 2);
  });

  it('rejects the waiter when turn-up happens on an empty spool', async () => {
    const rolled = once(reel, 'roll');
    reel.turnUp();
    await assert.rejects(rolled, /empty spool/);
  });
});
