// expect: none
// The tests catch AbortError/TimeoutError only to assert on its name (and fail otherwise); the queue links the caller's signal with its own close signal and passes it to every timer.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface Seam {
  joint: string;
  ms: number;
}

interface WeldJob {
  frameId: string;
  seams: Seam[];
}

class WeldQueue {
  private readonly closing = new AbortController();
  readonly completed: string[] = [];

  async run(job: WeldJob, opts: { signal?: AbortSignal } = {}): Promise<number> {
    const signal = opts.signal ? AbortSignal.any([opts.signal, this.closing.signal]) : this.closing.signal;
    signal.throwIfAborted();
    let welded = 0;
    for (const seam of job.seams) {
      await delay(seam.ms, undefined, { signal });
      this.completed.push(`${job.frameId}:${seam.joint}`);
      welded++;
    }
    return welded;
  }

  close(): void {
    this.closing.abort(new DOMException('weld queue closed', 'AbortError'));
  }
}

const frame = (frameId: string, ...ms: number[]): WeldJob => ({
  frameId,
  seams: ms.map((m, i) => ({ joint: `j${i + 1}`, ms: m })),
});

describe('weld queue cancellation', () => {
  let queue: WeldQueue;

  beforeEach(() => {
    queue = new WeldQueue();
  });

  afterEach(() => {
    queue.close();
  });

  it('welds every seam when nothing is cancelled', async () => {
    const welded = await queue.run(frame('TI-204', 5, 5, 5));
    assert.equal(welded, 3);
    assert.deepEqual(queue.completed, ['TI-204:j1', 'TI-204:j2', 'TI-204:j3']);
  });

  it('stops between seams when the caller aborts', async () => {
    const ac = new AbortController();
    const running = queue.run(frame('ST-118', 5, 200, 200), { signal: ac.signal });
    setTimeout(() => ac.abort(), 50);

    await assert.rejects(running, { name: 'AbortError' });
    assert.deepEqual(queue.completed, ['ST-118:j1']);
  });

  it('reports a timeout as TimeoutError', async () => {
    try {
      await queue.run(frame('ST-119', 500), { signal: AbortSignal.timeout(20) });
      assert.fail('expected the weld to time out');
    } catch (err) {
      assert.equal((err as Error).name, 'TimeoutError');
    }
    assert.equal(queue.completed.length, 0);
  });

  it('refuses new work once closed', async () => {
    queue.close();
    try {
      await queue.run(frame('ST-120', 1));
      assert.fail('closed queue accepted a job');
    } catch (err) {
      assert.ok(err instanceof DOMException);
      assert.equal(err.name, 'AbortError');
      assert.match(err.message, /closed/);
    }
  });
});
