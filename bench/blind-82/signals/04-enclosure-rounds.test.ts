// expect: none
// feedingRound forwards the signal to every wait and lets AbortError propagate; the tests assert that rejection explicitly rather than swallowing it.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface Enclosure {
  id: string;
  species: 'aldabra' | 'leopard' | 'hermann';
  basking: boolean;
}

interface FeedingLog {
  enclosureId: string;
  greensGrams: number;
}

const GREENS_PER_SPECIES: Record<Enclosure['species'], number> = {
  aldabra: 1_800,
  leopard: 350,
  hermann: 90,
};

async function feedingRound(
  enclosures: Enclosure[],
  options: { signal: AbortSignal; walkMs: number },
): Promise<FeedingLog[]> {
  const log: FeedingLog[] = [];
  for (const enclosure of enclosures) {
    options.signal.throwIfAborted();
    await delay(options.walkMs, undefined, { signal: options.signal });
    const grams = GREENS_PER_SPECIES[enclosure.species] * (enclosure.basking ? 1 : 0.7);
    log.push({ enclosureId: enclosure.id, greensGrams: Math.round(grams) });
  }
  return log;
}

describe('feedingRound', () => {
  let enclosures: Enclosure[];

  beforeEach(() => {
    enclosures = [
      { id: 'E1', species: 'aldabra', basking: true },
      { id: 'E2', species: 'leopard', basking: false },
      { id: 'E3', species: 'hermann', basking: true },
    ];
  });

  it('feeds every enclosure when not interrupted', async () => {
    const controller = new AbortController();
    const log = await feedingRound(enclosures, { signal: controller.signal, walkMs: 1 });
    assert.deepEqual(log, [
      { enclosureId: 'E1', greensGrams: 1_800 },
      { enclosureId: 'E2', greensGrams: 245 },
      { enclosureId: 'E3', greensGrams: 90 },
    ]);
  });

  it('stops walking the round as soon as the keeper is called away', async () => {
    const controller = new AbortController();
    const round = feedingRound(enclosures, { signal: controller.signal, walkMs: 50 });
    setTimeout(() => controller.abort(), 5);
    await assert.rejects(round, { name: 'AbortError' });
  });

  it('does not start when the round is already cancelled', async () => {
    const log = feedingRound(enclosures, { signal: AbortSignal.abort(), walkMs: 1 });
    await assert.rejects(log, (err: unknown) => {
      assert.ok(err instanceof Error);
      assert.equal(err.name, 'AbortError');
      return true;
    });
  });

  it('respects a timeout signal for slow rounds', async () => {
    const signal = AbortSignal.timeout(10);
    await assert.rejects(feedingRound(enclosures, { signal, walkMs: 40 }), (err: unknown) => {
      assert.ok(err instanceof Error);
      assert.equal(err.name, 'AbortError');
      assert.equal((err.cause as Error | undefined)?.name, 'TimeoutError');
      return true;
    });
  });
});
