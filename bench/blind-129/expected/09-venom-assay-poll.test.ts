// expect: none
// pollAssay calls the status function again on every iteration, so each poll sees the lab's latest state, which the tests confirm by counting calls.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface AssayStatus {
  assayId: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  ld50MgPerKg?: number;
  error?: string;
}

async function pollAssay(
  getStatus: (assayId: string) => Promise<AssayStatus>,
  assayId: string,
  { intervalMs = 200, maxPolls = 30 }: { intervalMs?: number; maxPolls?: number } = {},
): Promise<AssayStatus> {
  for (let poll = 0; poll < maxPolls; poll++) {
    const status = await getStatus(assayId);
    if (status.state === 'done') return status;
    if (status.state === 'failed') throw new Error(`assay ${assayId} failed: ${status.error ?? 'unknown'}`);
    await sleep(intervalMs);
  }
  throw new Error(`assay ${assayId} still pending after ${maxPolls} polls`);
}

function scriptedLab(states: AssayStatus['state'][]) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    async status(assayId: string): Promise<AssayStatus> {
      const state = states[Math.min(calls, states.length - 1)];
      calls += 1;
      return state === 'done'
        ? { assayId, state, ld50MgPerKg: 2.8 }
        : state === 'failed'
          ? { assayId, state, error: 'sample clotted' }
          : { assayId, state };
    },
  };
}

describe('pollAssay', () => {
  let startedAt: number;

  before(() => {
    startedAt = Date.now();
  });

  after(() => {
    assert.ok(Date.now() - startedAt < 5_000, 'polling tests should stay fast');
  });

  test('keeps polling until the assay is done', async () => {
    const lab = scriptedLab(['queued', 'running', 'running', 'done']);
    const result = await pollAssay((id) => lab.status(id), 'AMV-17', { intervalMs: 5 });
    assert.equal(result.state, 'done');
    assert.equal(result.ld50MgPerKg, 2.8);
    assert.equal(lab.calls, 4);
  });

  test('surfaces a failed assay', async () => {
    const lab = scriptedLab(['running', 'failed']);
    await assert.rejects(pollAssay((id) => lab.status(id), 'AMV-18', { intervalMs: 5 }), /sample clotted/);
    assert.equal(lab.calls, 2);
  });

  test('gives up after maxPolls', async () => {
    const lab = scriptedLab(['queued']);
    await assert.rejects(
      pollAssay((id) => lab.status(id), 'AMV-19', { intervalMs: 1, maxPolls: 3 }),
      /still pending after 3 polls/,
    );
    assert.equal(lab.calls, 3);
  });
});
