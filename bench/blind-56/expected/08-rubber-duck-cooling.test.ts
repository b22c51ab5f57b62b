// expect: none
// pollUntil calls its probe afresh on every iteration; the only promise awaited twice is the memoized warm-up, which is meant to be shared.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface MoldReading {
  moldId: string;
  vinylTempC: number;
  ejected: boolean;
}

class DuckMoldLine {
  private warmUp?: Promise<void>;
  private temps: number[];
  warmUps = 0;

  constructor(temps: number[]) {
    this.temps = [...temps];
  }

  ready(): Promise<void> {
    this.warmUp ??= (async () => {
      this.warmUps += 1;
      await sleep(5);
    })();
    return this.warmUp;
  }

  async read(moldId: string): Promise<MoldReading> {
    await sleep(1);
    const vinylTempC = this.temps.length > 1 ? this.temps.shift()! : this.temps[0];
    return { moldId, vinylTempC, ejected: vinylTempC < 45 };
  }
}

async function pollUntil<T>(probe: () => Promise<T>, done: (value: T) => boolean, maxPolls: number, gapMs: number): Promise<T> {
  let last = await probe();
  for (let i = 1; i < maxPolls && !done(last); i++) {
    await sleep(gapMs);
    last = await probe();
  }
  if (!done(last)) throw new Error(`condition not met after ${maxPolls} polls`);
  return last;
}

async function waitForEjection(line: DuckMoldLine, moldId: string, maxPolls = 10): Promise<MoldReading> {
  await line.ready();
  return pollUntil(() => line.read(moldId), (r) => r.ejected, maxPolls, 2);
}

describe('waitForEjection', () => {
  let line: DuckMoldLine;

  beforeEach(() => {
    line = new DuckMoldLine([88, 71, 59, 47, 43]);
  });

  it('polls fresh readings until the vinyl has cooled', async () => {
    const reading = await waitForEjection(line, 'classic-yellow');
    assert.equal(reading.vinylTempC, 43);
    assert.equal(reading.ejected, true);
  });

  it('gives up when the mold stays hot', async () => {
    const hot = new DuckMoldLine([95]);
    await assert.rejects(waitForEjection(hot, 'pirate-duck', 3), /not met after 3 polls/);
  });

  it('warms the line only once for several molds', async () => {
    const warm = line.ready();
    await warm;
    await line.ready();
    const [a, b] = await Promise.all([waitForEjection(line, 'mini-1'), waitForEjection(line, 'mini-2')]);
    assert.equal(line.warmUps, 1);
    assert.ok(a.ejected && b.ejected);
  });
});
