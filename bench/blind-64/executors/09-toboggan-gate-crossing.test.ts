// expect: none
// nextCrossing clears its timer when the crossing arrives and removes the listener when the timer wins, so it settles exactly once either way.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Crossing {
  gate: 'start' | 'split' | 'finish';
  bib: number;
  atMs: number;
}

class TimingGate extends EventEmitter {
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(readonly gate: Crossing['gate']) {
    super();
  }

  simulate(bib: number, afterMs: number): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      this.emit('crossing', { gate: this.gate, bib, atMs: performance.now() } satisfies Crossing);
    }, afterMs);
    this.timers.add(t);
  }

  dispose(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.removeAllListeners();
  }
}

function nextCrossing(gate: TimingGate, bib: number, timeoutMs: number): Promise<Crossing> {
  return new Promise((resolve, reject) => {
    const onCrossing = (c: Crossing) => {
      if (c.bib !== bib) return;
      clearTimeout(timer);
      gate.off('crossing', onCrossing);
      resolve(c);
    };
    const timer = setTimeout(() => {
      gate.off('crossing', onCrossing);
      reject(new Error(`bib ${bib} did not cross ${gate.gate} within ${timeoutMs}ms`));
    }, timeoutMs);
    gate.on('crossing', onCrossing);
  });
}

async function timeRun(start: TimingGate, finish: TimingGate, bib: number): Promise<number> {
  const started = await nextCrossing(start, bib, 200);
  const finished = await nextCrossing(finish, bib, 500);
  return Math.round(finished.atMs - started.atMs);
}

describe('toboggan run timing', () => {
  let start: TimingGate;
  let finish: TimingGate;

  beforeEach(() => {
    start = new TimingGate('start');
    finish = new TimingGate('finish');
  });

  afterEach(() => {
    start.dispose();
    finish.dispose();
  });

  it('measures the gap between start and finish crossings', async () => {
    start.simulate(7, 5);
    finish.simulate(7, 60);
    const elapsed = await timeRun(start, finish, 7);
    assert.ok(elapsed >= 40, `elapsed ${elapsed}ms was too short`);
  });

  it('ignores other sleds on the same gate', async () => {
    start.simulate(3, 5);
    start.simulate(9, 10);
    const crossing = await nextCrossing(start, 9, 100);
    assert.equal(crossing.bib, 9);
    assert.equal(start.listenerCount('crossing'), 0);
  });

  it('times out a sled that never reaches the finish', async () => {
    start.simulate(12, 5);
    await nextCrossing(start, 12, 100);
    await assert.rejects(nextCrossing(finish, 12, 30), /did not cross finish/);
    assert.equal(finish.listenerCount('crossing'), 0);
  });
});
