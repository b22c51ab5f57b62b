// expect: no-reused-settled-promise
// waitUntilReady requests the status once and re-awaits that same settled promise on every poll, so a repair that becomes ready later is never seen.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

type Stage = 'queued' | 'stitching' | 'drying' | 'ready' | 'cancelled';

interface RepairStatus {
  ticketId: string;
  stage: Stage;
  bench: string | null;
}

interface RepairApi {
  status(ticketId: string): Promise<RepairStatus>;
}

class RepairStatusPoller {
  constructor(
    private readonly api: RepairApi,
    private readonly intervalMs = 200,
    private readonly maxPolls = 30,
  ) {}

  async waitUntilReady(ticketId: string): Promise<RepairStatus> {
    const check = this.api.status(ticketId);
    for (let poll = 1; poll <= this.maxPolls; poll++) {
      const status = await check;
      if (status.stage === 'ready' || status.stage === 'cancelled') return status;
      await sleep(this.intervalMs);
    }
    throw new Error(`ticket ${ticketId} not ready after ${this.maxPolls} polls`);
  }
}

class FakeRepairApi implements RepairApi {
  calls = 0;
  constructor(private readonly stages: Map<string, Stage>) {}

  async status(ticketId: string): Promise<RepairStatus> {
    this.calls++;
    const stage = this.stages.get(ticketId);
    if (!stage) throw new Error(`unknown ticket ${ticketId}`);
    return { ticketId, stage, bench: stage === 'queued' ? null : 'bench-2' };
  }
}

describe('RepairStatusPoller', () => {
  let stages: Map<string, Stage>;
  let api: FakeRepairApi;
  let poller: RepairStatusPoller;

  before(() => {
    stages = new Map<string, Stage>([
      ['T-100', 'ready'],
      ['T-101', 'cancelled'],
      ['T-102', 'drying'],
    ]);
    api = new FakeRepairApi(stages);
    poller = new RepairStatusPoller(api, 1, 5);
  });

  after(() => {
    stages.clear();
  });

  test('returns at once for a finished repair', async () => {
    const callsBefore = api.calls;
    const status = await poller.waitUntilReady('T-100');
    assert.equal(status.stage, 'ready');
    assert.equal(status.bench, 'bench-2');
    assert.equal(api.calls - callsBefore, 1);
  });

  test('treats a cancelled ticket as final', async () => {
    const status = await poller.waitUntilReady('T-101');
    assert.equal(status.stage, 'cancelled');
  });

  test('gives up after the configured number of polls', async () => {
    await assert.rejects(poller.waitUntilReady('T-102'), /not ready after 5 polls/);
  });

  test('surfaces unknown tickets as errors', async () => {
    await assert.rejects(poller.waitUntilReady('T-999'), /unknown ticket T-999/);
  });
});
