// expect: none
// dispatchRound narrows every Promise.allSettled result on status before touching value or reason, and the tests await every promise they create.
import { test } from 'node:test';
import assert from 'node:assert/strict';

interface Feeder {
  enclosure: string;
  species: string;
  dispense(grams: number): Promise<{ dispensedGrams: number }>;
}

interface RoundReport {
  fed: Record<string, number>;
  failed: Record<string, string>;
}

async function dispatchRound(feeders: Feeder[], gramsByEnclosure: Record<string, number>): Promise<RoundReport> {
  const results = await Promise.allSettled(
    feeders.map((f) => f.dispense(gramsByEnclosure[f.enclosure] ?? 0)),
  );

  const report: RoundReport = { fed: {}, failed: {} };
  results.forEach((result, i) => {
    const { enclosure } = feeders[i];
    if (result.status === 'fulfilled') {
      report.fed[enclosure] = result.value.dispensedGrams;
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      report.failed[enclosure] = reason;
    }
  });
  return report;
}

function feeder(enclosure: string, species: string, behaviour: 'ok' | 'jam' | 'short'): Feeder {
  return {
    enclosure,
    species,
    async dispense(grams) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (behaviour === 'jam') throw new Error(`auger jammed in ${enclosure}`);
      return { dispensedGrams: behaviour === 'short' ? Math.floor(grams / 2) : grams };
    },
  };
}

test('a full round feeds every enclosure', async () => {
  const report = await dispatchRound(
    [feeder('E1', 'meerkat', 'ok'), feeder('E2', 'otter', 'ok')],
    { E1: 300, E2: 1200 },
  );
  assert.deepEqual(report, { fed: { E1: 300, E2: 1200 }, failed: {} });
});

test('a jammed auger is reported without losing the other feeds', async () => {
  const report = await dispatchRound(
    [feeder('E1', 'meerkat', 'ok'), feeder('E3', 'red panda', 'jam'), feeder('E4', 'lemur', 'ok')],
    { E1: 300, E3: 450, E4: 520 },
  );
  assert.deepEqual(report.fed, { E1: 300, E4: 520 });
  assert.deepEqual(report.failed, { E3: 'auger jammed in E3' });
});

test('short dispensing shows up as a lower gram count', async () => {
  const report = await dispatchRound([feeder('E5', 'capybara', 'short')], { E5: 1800 });
  assert.equal(report.fed.E5, 900);
});

test('enclosures missing from the ration sheet dispense nothing', async () => {
  const report = await dispatchRound([feeder('E6', 'tortoise', 'ok')], {});
  assert.equal(report.fed.E6, 0);
  assert.equal(Object.keys(report.failed).length, 0);
});

test('raw allSettled output keeps the rejection reason', async () => {
  const [settled] = await Promise.allSettled([feeder('E7', 'tapir', 'jam').dispense(10)]);
  assert.equal(settled.status, 'rejected');
  if (settled.status === 'rejected') {
    assert.match(String(settled.reason), /auger jammed in E7/);
  }
});
