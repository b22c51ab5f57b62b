// expect: require-signal-propagation
// flush() holds an AbortSignal but waits out the debounce with a plain timer that ignores it, so a cancelled flush still sits through the delay, then drains the queue into a push that fails at once and the drained touches are lost.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface TouchEvent {
  piste: string;
  side: 'left' | 'right';
  at: number;
  offTarget: boolean;
}

interface ScoreboardApi {
  push(batch: TouchEvent[], opts: { signal: AbortSignal }): Promise<void>;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class ScoreRelay {
  private queue: TouchEvent[] = [];
  private pushed = 0;

  constructor(
    private readonly api: ScoreboardApi,
    private readonly debounceMs: number,
  ) {}

  record(touch: TouchEvent): void {
    this.queue.push(touch);
  }

  get pending(): number {
    return this.queue.length;
  }

  get total(): number {
    return this.pushed;
  }

  async flush(signal: AbortSignal): Promise<number> {
    signal.throwIfAborted();
    // give a double touch (both lights within the lockout) time to land in the same batch
    await delay(this.debounceMs);
    const batch = this.queue.splice(0);
    if (batch.length === 0) return 0;
    await this.api.push(batch, { signal });
    this.pushed += batch.length;
    return batch.length;
  }
}

describe('ScoreRelay', () => {
  let push: ReturnType<typeof mock.fn<ScoreboardApi['push']>>;
  let relay: ScoreRelay;
  let controller: AbortController;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    push = mock.fn<ScoreboardApi['push']>(async () => undefined);
    relay = new ScoreRelay({ push }, 40);
    controller = new AbortController();
  });

  afterEach(() => {
    controller.abort();
    mock.timers.reset();
    mock.restoreAll();
  });

  it('pushes a double touch as one batch', async () => {
    relay.record({ piste: 'yellow', side: 'left', at: 1_000, offTarget: false });
    const flushed = relay.flush(controller.signal);
    relay.record({ piste: 'yellow', side: 'right', at: 1_030, offTarget: false });
    mock.timers.tick(40);
    assert.equal(await flushed, 2);
    assert.equal(push.mock.callCount(), 1);
    assert.equal(push.mock.calls[0]?.arguments[0].length, 2);
  });

  it('skips the push when nothing is queued', async () => {
    const flushed = relay.flush(controller.signal);
    mock.timers.tick(40);
    assert.equal(await flushed, 0);
    assert.equal(push.mock.callCount(), 0);
  });

  it('refuses to flush after the bout is cancelled', async () => {
    relay.record({ piste: 'blue', side: 'left', at: 5_000, offTarget: true });
    controller.abort(new Error('bout annulled'));
    await assert.rejects(relay.flush(controller.signal), /bout annulled/);
    assert.equal(relay.pending, 1);
  });

  it('keeps a running total of pushed touches', async () => {
    for (const side of ['left', 'right', 'left'] as const) {
      relay.record({ piste: 'red', side, at: Date.now(), offTarget: false });
      const flushed = relay.flush(controller.signal);
      mock.timers.tick(40);
      await flushed;
    }
    assert.equal(relay.total, 3);
  });
});
