// expect: none
// The feed passes its signal to events.on and to the signal-aware sleep between flushes, and the tests abort the shared controller in afterEach and assert the AbortError surfaces, so cancellation reaches every wait.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, on } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

interface JudgeMark { heat: string; judge: string; couple: string; place: number }
interface Standing { couple: string; total: number }

class ScoreboardFeed {
  constructor(private readonly source: EventEmitter, private readonly flushMs = 10) {}

  async *standings(heat: string, opts: { signal: AbortSignal }): AsyncGenerator<Standing[]> {
    const totals = new Map<string, number>();
    let sinceFlush = 0;
    for await (const [mark] of on(this.source, 'mark', { signal: opts.signal })) {
      const m = mark as JudgeMark;
      if (m.heat !== heat) continue;
      totals.set(m.couple, (totals.get(m.couple) ?? 0) + m.place);
      sinceFlush += 1;
      if (sinceFlush >= 3) {
        sinceFlush = 0;
        await sleep(this.flushMs, undefined, { signal: opts.signal });
        yield [...totals].map(([couple, total]) => ({ couple, total })).sort((a, b) => a.total - b.total);
      }
    }
  }
}

describe('ScoreboardFeed', () => {
  let source: EventEmitter;
  let controller: AbortController;
  let feed: ScoreboardFeed;

  beforeEach(() => {
    source = new EventEmitter();
    controller = new AbortController();
    feed = new ScoreboardFeed(source, 1);
  });

  afterEach(() => {
    controller.abort();
    source.removeAllListeners();
  });

  it('yields standings after every third mark of the heat', async () => {
    const stream = feed.standings('rumba-r2', { signal: controller.signal });
    const first = stream.next();
    source.emit('mark', { heat: 'rumba-r2', judge: 'A', couple: '21', place: 2 });
    source.emit('mark', { heat: 'samba-r1', judge: 'A', couple: '90', place: 1 });
    source.emit('mark', { heat: 'rumba-r2', judge: 'A', couple: '34', place: 1 });
    source.emit('mark', { heat: 'rumba-r2', judge: 'B', couple: '21', place: 1 });
    const { value } = await first;
    assert.deepEqual(value, [{ couple: '34', total: 1 }, { couple: '21', total: 3 }]);
    await stream.return(undefined);
  });

  it('stops with an AbortError when the caller aborts', async () => {
    const stream = feed.standings('rumba-r2', { signal: controller.signal });
    const next = stream.next();
    controller.abort();
    await assert.rejects(next, { name: 'AbortError' });
  });

  it('aborts a flush that is already waiting', async () => {
    const slowFeed = new ScoreboardFeed(source, 60_000);
    const stream = slowFeed.standings('jive-final', { signal: controller.signal });
    const next = stream.next();
    for (const couple of ['5', '6', '7']) source.emit('mark', { heat: 'jive-final', judge: 'C', couple, place: 1 });
    setImmediate(() => controller.abort());
    await assert.rejects(next, { name: 'AbortError' });
  });
});
