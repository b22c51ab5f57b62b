// expect: no-leaked-race
// untilShutdown races each tide lookup against an abort listener on the long-lived shutdown signal and never removes that listener when the lookup wins, so every call leaks one.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface SlackWindow {
  wreckId: string;
  opensAt: string;
  minutes: number;
}

interface TideService {
  slackWater(wreckId: string): Promise<SlackWindow>;
}

function untilShutdown<T>(work: Promise<T>, shutdown: AbortSignal): Promise<T> {
  if (shutdown.aborted) return Promise.reject(shutdown.reason);
  const stopped = new Promise<never>((_, reject) => {
    shutdown.addEventListener('abort', () => reject(shutdown.reason), { once: true });
  });
  return Promise.race([work, stopped]);
}

class DiveWindowGateway {
  constructor(
    private readonly tides: TideService,
    private readonly shutdown: AbortSignal,
  ) {}

  async nextWindow(wreckId: string, minMinutes: number): Promise<SlackWindow | null> {
    const window = await untilShutdown(this.tides.slackWater(wreckId), this.shutdown);
    return window.minutes >= minMinutes ? window : null;
  }
}

describe('DiveWindowGateway', () => {
  let controller: AbortController;
  let gateway: DiveWindowGateway;
  const slowTides: TideService = {
    slackWater: (wreckId) =>
      new Promise((resolve) =>
        setTimeout(() => resolve({ wreckId, opensAt: '2024-06-02T06:40:00Z', minutes: 35 }), 20),
      ),
  };

  before(() => {
    controller = new AbortController();
    gateway = new DiveWindowGateway(slowTides, controller.signal);
  });

  after(() => {
    controller.abort();
  });

  test('returns the slack window when it is long enough', async () => {
    const window = await gateway.nextWindow('HMS-Maori', 30);
    assert.equal(window?.wreckId, 'HMS-Maori');
    assert.equal(window?.minutes, 35);
  });

  test('returns null when the window is too short for the planned dive', async () => {
    assert.equal(await gateway.nextWindow('SS-Yongala', 45), null);
  });

  test('rejects pending lookups when the gateway shuts down', async () => {
    const local = new AbortController();
    const shortLived = new DiveWindowGateway(slowTides, local.signal);
    const pending = shortLived.nextWindow('Zenobia', 10);
    local.abort(new Error('harbour office closing'));
    await assert.rejects(pending, /harbour office closing/);
  });

  test('rejects immediately when already shut down', async () => {
    const local = new AbortController();
    local.abort(new Error('closed'));
    await assert.rejects(new DiveWindowGateway(slowTides, local.signal).nextWindow('Zenobia', 10), /closed/);
  });
});
