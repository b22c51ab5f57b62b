// expect: none
// eventually() takes a check function and calls it afresh on every attempt, so each retry awaits a new promise.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface PermitApplication {
  applicant: string;
  lanterns: number;
  launchSite: string;
  night: string;
}

interface PermitStatus {
  applicationId: string;
  state: 'queued' | 'reviewing' | 'approved' | 'refused';
  reason?: string;
}

interface PermitQueue {
  submit(app: PermitApplication): Promise<string>;
  status(applicationId: string): Promise<PermitStatus>;
  processNext(): Promise<void>;
}

declare function createPermitQueue(options: { maxLanternsPerSite: number; windDataUrl: string }): PermitQueue;

async function eventually(check: () => Promise<void>, timeoutMs = 2000, stepMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() + stepMs > deadline) throw err;
      await delay(stepMs);
    }
  }
}

const riverside: PermitApplication = {
  applicant: 'Old Town Residents Association',
  lanterns: 120,
  launchSite: 'riverside-steps',
  night: '2025-02-12',
};

describe('lantern festival permit queue', () => {
  let queue: PermitQueue;

  beforeEach(() => {
    queue = createPermitQueue({ maxLanternsPerSite: 300, windDataUrl: 'http://wind.test/forecast' });
  });

  it('approves an application within the site limit', async () => {
    const id = await queue.submit(riverside);
    await queue.processNext();
    await eventually(async () => {
      const status = await queue.status(id);
      assert.equal(status.state, 'approved');
    });
  });

  it('refuses an application that would exceed the site limit', async () => {
    await queue.submit({ ...riverside, lanterns: 250 });
    const second = await queue.submit({ ...riverside, applicant: 'Harbour Lions Club', lanterns: 80 });
    await queue.processNext();
    await queue.processNext();
    await eventually(async () => {
      const status = await queue.status(second);
      assert.equal(status.state, 'refused');
      assert.match(status.reason ?? '', /limit/);
    });
  });

  it('keeps applications queued until processed', async () => {
    const id = await queue.submit(riverside);
    const status = await queue.status(id);
    assert.equal(status.state, 'queued');
  });

  it('rejects applications with no lanterns', async () => {
    await assert.rejects(queue.submit({ ...riverside, lanterns: 0 }), /at least one lantern/);
  });
});
