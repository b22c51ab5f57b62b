// expect: none
// loadPressSlots forwards the signal to the client and to the retry sleep, and rethrows the abort reason instead of retrying, which is exactly what the tests check.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface PressSlot {
  press: string;
  startsAt: string;
  bushels: number;
}

interface PressScheduleClient {
  listSlots(day: string, opts: { signal?: AbortSignal }): Promise<PressSlot[]>;
}

async function loadPressSlots(
  client: PressScheduleClient,
  day: string,
  { signal, retries = 2 }: { signal?: AbortSignal; retries?: number } = {},
): Promise<PressSlot[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      const slots = await client.listSlots(day, { signal });
      return slots.filter((s) => s.bushels > 0).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      if (attempt >= retries) throw err;
      await sleep(20 * (attempt + 1), undefined, { signal });
    }
  }
}

function slowClient(calls: { signal?: AbortSignal }[]): PressScheduleClient {
  return {
    listSlots(_day, opts) {
      calls.push(opts);
      return sleep<PressSlot[]>(60_000, [], { signal: opts.signal });
    },
  };
}

describe('loadPressSlots', () => {
  let controller: AbortController;

  before(() => {
    controller = new AbortController();
  });

  after(() => {
    controller.abort();
  });

  test('returns slots with capacity in start order', async () => {
    const client: PressScheduleClient = {
      listSlots: async () => [
        { press: 'rack-2', startsAt: '2024-10-05T11:00', bushels: 14 },
        { press: 'rack-1', startsAt: '2024-10-05T09:00', bushels: 0 },
        { press: 'rack-1', startsAt: '2024-10-05T08:00', bushels: 20 },
      ],
    };
    const slots = await loadPressSlots(client, '2024-10-05', { signal: controller.signal });
    assert.deepEqual(slots.map((s) => s.startsAt), ['2024-10-05T08:00', '2024-10-05T11:00']);
  });

  test('passes the caller signal through to the client', async () => {
    const calls: { signal?: AbortSignal }[] = [];
    const local = new AbortController();
    const pending = loadPressSlots(slowClient(calls), '2024-10-06', { signal: local.signal });
    local.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(calls.length, 1);
    assert.equal(calls[0].signal, local.signal);
  });

  test('retries transient failures then succeeds', async () => {
    let n = 0;
    const client: PressScheduleClient = {
      listSlots: async () => {
        if (n++ < 2) throw new Error('ECONNRESET');
        return [{ press: 'rack-3', startsAt: '2024-10-07T10:00', bushels: 8 }];
      },
    };
    const slots = await loadPressSlots(client, '2024-10-07', { signal: controller.signal });
    assert.equal(n, 3);
    assert.equal(slots.length, 1);
  });
});
