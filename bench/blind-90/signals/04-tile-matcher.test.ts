// expect: none
// Correct: the matcher's catch falls back to the coarse index only for real index failures and rethrows when the signal is aborted; the tests expect the AbortError to come through.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as yieldToLoop } from 'node:timers/promises';

interface Fragment {
  id: string;
  hue: number;
  areaMm2: number;
}

interface Match {
  fragmentId: string;
  slot: string;
  score: number;
}

interface ColorIndex {
  nearest(hue: number, signal?: AbortSignal): Promise<{ slot: string; distance: number }>;
}

class TileMatcher {
  constructor(private readonly fine: ColorIndex, private readonly coarse: ColorIndex) {}

  async match(fragments: Fragment[], opts: { signal?: AbortSignal } = {}): Promise<Match[]> {
    const { signal } = opts;
    const out: Match[] = [];
    for (const [i, frag] of fragments.entries()) {
      if (i % 50 === 0) await yieldToLoop(undefined, { signal });
      let hit: { slot: string; distance: number };
      try {
        hit = await this.fine.nearest(frag.hue, signal);
      } catch (err) {
        if (signal?.aborted) throw signal.reason;
        hit = await this.coarse.nearest(frag.hue, signal);
      }
      out.push({ fragmentId: frag.id, slot: hit.slot, score: 1 / (1 + hit.distance) });
    }
    return out;
  }
}

function makeIndex(name: string, opts: { failWith?: Error; delayMs?: number } = {}): ColorIndex {
  return {
    async nearest(hue, signal) {
      if (opts.delayMs) {
        await new Promise<void>((resolve, reject) => {
          const onAbort = () => {
            clearTimeout(t);
            reject(signal!.reason);
          };
          const t = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          }, opts.delayMs);
          signal?.addEventListener('abort', onAbort, { once: true });
        });
      }
      if (opts.failWith) throw opts.failWith;
      return { slot: `${name}-${Math.round(hue / 10)}`, distance: (hue % 10) / 10 };
    },
  };
}

const fragments: Fragment[] = Array.from({ length: 120 }, (_, i) => ({ id: `f${i}`, hue: (i * 37) % 360, areaMm2: 40 }));

describe('TileMatcher', () => {
  let controller: AbortController;

  beforeEach(() => {
    controller = new AbortController();
  });

  afterEach(() => {
    controller.abort();
  });

  it('matches against the fine index', async () => {
    const matcher = new TileMatcher(makeIndex('fine'), makeIndex('coarse'));
    const matches = await matcher.match(fragments, { signal: controller.signal });
    assert.equal(matches.length, fragments.length);
    assert.ok(matches.every((m) => m.slot.startsWith('fine-')));
  });

  it('falls back to the coarse index when the fine one is down', async () => {
    const matcher = new TileMatcher(makeIndex('fine', { failWith: new Error('index offline') }), makeIndex('coarse'));
    const matches = await matcher.match(fragments.slice(0, 10), { signal: controller.signal });
    assert.ok(matches.every((m) => m.slot.startsWith('coarse-')));
  });

  it('stops with an AbortError when the restorer cancels', async () => {
    const matcher = new TileMatcher(makeIndex('fine', { delayMs: 20 }), makeIndex('coarse'));
    const pending = matcher.match(fragments, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await assert.rejects(pending, { name: 'AbortError' });
  });
});
