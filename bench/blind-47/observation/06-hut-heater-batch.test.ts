// expect: none
// restartHeaters inspects every allSettled result's status before reading value or reason, and the tests await each call.
import { test } from 'node:test';
import assert from 'node:assert/strict';

interface HeaterLink {
  hutId: string;
  restart(setpointC: number): Promise<{ hutId: string; drawW: number }>;
}

interface RestartOutcome {
  running: Array<{ hutId: string; drawW: number }>;
  failed: Array<{ hutId: string; reason: string }>;
  totalDrawW: number;
}

async function restartHeaters(links: HeaterLink[], setpointC: number, budgetW: number): Promise<RestartOutcome> {
  const results = await Promise.allSettled(links.map((l) => l.restart(setpointC)));
  const outcome: RestartOutcome = { running: [], failed: [], totalDrawW: 0 };
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      outcome.running.push(result.value);
      outcome.totalDrawW += result.value.drawW;
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      outcome.failed.push({ hutId: links[i].hutId, reason });
    }
  });
  if (outcome.totalDrawW > budgetW) {
    throw new Error(`Heater draw ${outcome.totalDrawW}W exceeds battery budget ${budgetW}W`);
  }
  return outcome;
}

function fakeLink(hutId: string, behaviour: number | Error): HeaterLink {
  return {
    hutId,
    async restart(setpointC: number) {
      if (behaviour instanceof Error) {
        throw behaviour;
      }
      return { hutId, drawW: behaviour + Math.max(0, setpointC - 5) * 10 };
    },
  };
}

test('collects running heaters and total draw', async () => {
  const outcome = await restartHeaters([fakeLink('Col-1', 400), fakeLink('Col-2', 350)], 5, 2000);
  assert.deepEqual(
    outcome.running.map((r) => r.hutId),
    ['Col-1', 'Col-2'],
  );
  assert.equal(outcome.totalDrawW, 750);
  assert.deepEqual(outcome.failed, []);
});

test('reports huts whose satellite link failed without losing the others', async () => {
  const outcome = await restartHeaters(
    [fakeLink('Col-1', 400), fakeLink('Moraine', new Error('iridium timeout')), fakeLink('Serac', 300)],
    5,
    2000,
  );
  assert.equal(outcome.running.length, 2);
  assert.deepEqual(outcome.failed, [{ hutId: 'Moraine', reason: 'iridium timeout' }]);
});

test('non-Error rejections are stringified', async () => {
  const weird: HeaterLink = { hutId: 'Nunatak', restart: () => Promise.reject('relay stuck') };
  const outcome = await restartHeaters([weird], 5, 2000);
  assert.deepEqual(outcome.failed, [{ hutId: 'Nunatak', reason: 'relay stuck' }]);
});

test('refuses a plan that exceeds the battery budget', async () => {
  await assert.rejects(
    restartHeaters([fakeLink('Col-1', 900), fakeLink('Col-2', 900)], 8, 1500),
    /exceeds battery budget 1500W/,
  );
});
