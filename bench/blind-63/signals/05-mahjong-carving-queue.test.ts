// expect: none
// Tests pass each controller's signal into the queue and into once(), and expect the AbortError to surface rather than be absorbed.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { EventEmitter } from 'node:events';

interface CarvingJob {
  tileSet: string;
  tiles: number;
  style: 'cantonese' | 'riichi' | 'taiwanese';
}

interface CarvingQueue extends EventEmitter {
  submit(job: CarvingJob, options?: { signal?: AbortSignal }): Promise<{ jobId: string; finishedTiles: number }>;
  pause(): void;
  resume(): void;
  close(): Promise<void>;
}

declare function createCarvingQueue(options: { carvers: number }): CarvingQueue;

async function nextIdle(queue: CarvingQueue, signal: AbortSignal): Promise<number> {
  const [idleCarvers] = (await once(queue, 'idle', { signal })) as [number];
  return idleCarvers;
}

describe('mahjong carving queue cancellation', () => {
  let queue: CarvingQueue;

  beforeEach(() => {
    queue = createCarvingQueue({ carvers: 2 });
  });

  afterEach(() => queue.close());

  it('finishes a full riichi set when nobody cancels', async () => {
    const controller = new AbortController();
    const result = await queue.submit({ tileSet: 'R-01', tiles: 136, style: 'riichi' }, { signal: controller.signal });
    assert.equal(result.finishedTiles, 136);
  });

  it('rejects a paused job with AbortError once its controller aborts', async () => {
    queue.pause();
    const controller = new AbortController();
    const job = queue.submit({ tileSet: 'C-07', tiles: 144, style: 'cantonese' }, { signal: controller.signal });
    controller.abort();
    await assert.rejects(job, (err: unknown) => err instanceof Error && err.name === 'AbortError');
  });

  it('honours an already-timed-out signal before any tile is carved', async () => {
    const signal = AbortSignal.timeout(0);
    await once(signal, 'abort');
    await assert.rejects(
      queue.submit({ tileSet: 'T-02', tiles: 144, style: 'taiwanese' }, { signal }),
      { name: 'TimeoutError' },
    );
  });

  it('stops waiting for idle carvers when the wait is cancelled', async () => {
    queue.pause();
    const controller = new AbortController();
    const waiting = nextIdle(queue, controller.signal);
    controller.abort();
    await assert.rejects(waiting, { name: 'AbortError' });
    queue.resume();
    const idle = await nextIdle(queue, AbortSignal.timeout(1_000));
    assert.ok(idle >= 1);
  });
});
