// expect: no-reused-settled-promise
// waitUntilCured calls tracker.status() once before its poll loop and re-awaits that same settled promise on every pass, so it never takes a new sensor reading and can only ever see the first result.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface TackSensor {
  tackiness(pieceId: string): Promise<number>;
}

interface CureStatus {
  pieceId: string;
  tack: number;
  cured: boolean;
  elapsedMs: number;
}

class CureTracker {
  private readonly started = new Map<string, number>();

  constructor(private readonly sensor: TackSensor, private readonly curedAt = 0.05) {}

  begin(pieceId: string): void {
    this.started.set(pieceId, Date.now());
  }

  async status(pieceId: string): Promise<CureStatus> {
    const since = this.started.get(pieceId);
    if (since === undefined) throw new Error(`no varnish cure started for ${pieceId}`);
    const tack = await this.sensor.tackiness(pieceId);
    return { pieceId, tack, cured: tack <= this.curedAt, elapsedMs: Date.now() - since };
  }

  close(): void {
    this.started.clear();
  }
}

async function waitUntilCured(tracker: CureTracker, pieceId: string, attempts = 20, everyMs = 5): Promise<CureStatus> {
  const check = tracker.status(pieceId);
  for (let i = 0; i < attempts; i++) {
    const status = await check;
    if (status.cured) return status;
    await delay(everyMs);
  }
  throw new Error(`${pieceId} still tacky after ${attempts} checks`);
}

describe('CureTracker', () => {
  let tackiness: ReturnType<typeof mock.fn<TackSensor['tackiness']>>;
  let tracker: CureTracker;

  beforeEach(() => {
    tackiness = mock.fn<TackSensor['tackiness']>(async () => 0.01);
    tracker = new CureTracker({ tackiness });
  });

  afterEach(() => {
    tracker.close();
    mock.restoreAll();
  });

  it('reports a piece as cured once tack drops below the limit', async () => {
    tracker.begin('philadelphia-toboggan-horse-12');

    const status = await waitUntilCured(tracker, 'philadelphia-toboggan-horse-12');

    assert.equal(status.cured, true);
    assert.ok(status.tack <= 0.05);
  });

  it('gives up on varnish that never cures', async () => {
    tackiness.mock.mockImplementation(async () => 0.6);
    tracker.begin('sea-dragon-chariot');

    await assert.rejects(waitUntilCured(tracker, 'sea-dragon-chariot', 4), /still tacky after 4 checks/);
  });

  it('refuses status for a piece that was never started', async () => {
    await assert.rejects(tracker.status('brass-ring-arm'), /no varnish cure started/);
    assert.equal(tackiness.mock.callCount(), 0);
  });
});
