// expect: none
// The withDeadline test helper clears its timer in finally and aborts the losing run via its own controller, so nothing is left running after the race.
import { EventEmitter, on } from 'node:events';
import assert from 'node:assert/strict';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;

interface Split {
  bib: number;
  checkpoint: string;
  elapsedMs: number;
}

class TimingGateway extends EventEmitter {
  publish(split: Split): void {
    this.emit('split', split);
  }
}

async function collectSplits(gateway: TimingGateway, bib: number, checkpoints: number, signal: AbortSignal): Promise<Split[]> {
  const splits: Split[] = [];
  for await (const [split] of on(gateway, 'split', { signal })) {
    const s = split as Split;
    if (s.bib !== bib) continue;
    splits.push(s);
    if (splits.length === checkpoints) break;
  }
  return splits;
}

async function withDeadline<T>(run: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new Error(`deadline of ${ms} ms exceeded`);
      controller.abort(err);
      reject(err);
    }, ms);
  });
  try {
    return await Promise.race([run(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

describe('ski timing gateway', () => {
  it('collects every checkpoint for one racer', async () => {
    const gateway = new TimingGateway();
    const pending = withDeadline((signal) => collectSplits(gateway, 42, 3, signal), 500);
    gateway.publish({ bib: 42, checkpoint: 'km5', elapsedMs: 812_000 });
    gateway.publish({ bib: 17, checkpoint: 'km5', elapsedMs: 799_300 });
    gateway.publish({ bib: 42, checkpoint: 'km10', elapsedMs: 1_640_100 });
    gateway.publish({ bib: 42, checkpoint: 'finish', elapsedMs: 2_410_900 });
    const splits = await pending;
    assert.deepEqual(
      splits.map((s) => s.checkpoint),
      ['km5', 'km10', 'finish'],
    );
  });

  it('gives up when a racer never reaches the finish', async () => {
    const gateway = new TimingGateway();
    const pending = withDeadline((signal) => collectSplits(gateway, 7, 2, signal), 50);
    gateway.publish({ bib: 7, checkpoint: 'km5', elapsedMs: 901_000 });
    await assert.rejects(pending, /deadline of 50 ms exceeded/);
    assert.equal(gateway.listenerCount('split'), 0);
  });
});
