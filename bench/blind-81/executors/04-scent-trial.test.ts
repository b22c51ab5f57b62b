// expect: none
// waitForOutcome settles once via 'indicated', 'error' or its timer, and a shared cleanup clears the timer and removes every listener.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Indication {
  dogId: string;
  box: number;
  latencyMs: number;
}

class TrialArena extends EventEmitter {
  private readonly hidden = new Map<number, string>();
  private released = 0;

  hideSample(box: number, scent: string): void {
    this.hidden.set(box, scent);
  }

  release(dogId: string, behaviour: { pickBox?: number; fail?: string } = {}): void {
    this.released += 1;
    const startedAt = Date.now();
    setImmediate(() => {
      if (behaviour.fail) {
        this.emit('error', new Error(behaviour.fail));
        return;
      }
      if (behaviour.pickBox === undefined) return;
      const indication: Indication = { dogId, box: behaviour.pickBox, latencyMs: Date.now() - startedAt };
      this.emit('indicated', indication);
    });
  }

  get releases(): number {
    return this.released;
  }
}

function waitForOutcome(arena: TrialArena, dogId: string, timeoutMs: number): Promise<Indication> {
  return new Promise<Indication>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      arena.off('indicated', onIndicated);
      arena.off('error', onError);
    };
    const onIndicated = (indication: Indication) => {
      if (indication.dogId !== dogId) return;
      cleanup();
      resolve(indication);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`${dogId} made no indication within ${timeoutMs}ms`));
    }, timeoutMs);

    arena.on('indicated', onIndicated);
    arena.on('error', onError);
  });
}

describe('truffle scent trials', () => {
  let arena: TrialArena;

  beforeEach(() => {
    arena = new TrialArena();
    arena.hideSample(3, 'tuber-melanosporum');
    arena.hideSample(5, 'blank');
  });

  afterEach(() => {
    assert.equal(arena.listenerCount('indicated'), 0);
    assert.equal(arena.listenerCount('error'), 0);
  });

  it('records the box the dog indicates', async () => {
    const outcome = waitForOutcome(arena, 'bruno', 500);
    arena.release('bruno', { pickBox: 3 });
    const indication = await outcome;
    assert.equal(indication.box, 3);
    assert.ok(indication.latencyMs >= 0);
  });

  it('surfaces a collar fault as a failed trial', async () => {
    const outcome = waitForOutcome(arena, 'mira', 500);
    arena.release('mira', { fail: 'collar battery low' });
    await assert.rejects(outcome, /collar battery low/);
  });

  it('times out when the dog never indicates', async () => {
    const outcome = waitForOutcome(arena, 'pepe', 50);
    arena.release('pepe');
    await assert.rejects(outcome, /no indication within 50ms/);
    assert.equal(arena.releases, 1);
  });
});
