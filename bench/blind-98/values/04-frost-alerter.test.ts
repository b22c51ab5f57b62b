// expect: no-read-before-settle
// The "stays quiet" test reads `raised`, which only the 'alarm' listener writes after the alerter's async threshold lookup, immediately after ingest(), so it is always undefined and the test passes even if the alerter would fire.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface Reading {
  block: string;
  tempC: number;
  at: number;
}

interface FrostAlarm {
  block: string;
  tempC: number;
  thresholdC: number;
}

interface BlockConfig {
  thresholdFor(block: string): Promise<number>;
}

class FrostAlerter extends EventEmitter {
  private readonly lastAlarmAt = new Map<string, number>();

  constructor(private readonly config: BlockConfig, private readonly cooldownMs = 15 * 60_000) {
    super();
  }

  ingest(reading: Reading): void {
    this.evaluate(reading).catch((err: unknown) => this.emit('error', err));
  }

  private async evaluate(reading: Reading): Promise<void> {
    const thresholdC = await this.config.thresholdFor(reading.block);
    if (reading.tempC > thresholdC) return;

    const last = this.lastAlarmAt.get(reading.block);
    if (last !== undefined && reading.at - last < this.cooldownMs) return;
    this.lastAlarmAt.set(reading.block, reading.at);

    const alarm: FrostAlarm = { block: reading.block, tempC: reading.tempC, thresholdC };
    this.emit('alarm', alarm);
  }
}

describe('FrostAlerter', () => {
  let thresholdFor: ReturnType<typeof mock.fn<BlockConfig['thresholdFor']>>;
  let alerter: FrostAlerter;

  beforeEach(() => {
    thresholdFor = mock.fn<BlockConfig['thresholdFor']>(async (block) => (block.startsWith('B') ? 1.0 : 0.0));
    alerter = new FrostAlerter({ thresholdFor });
  });

  afterEach(() => {
    alerter.removeAllListeners();
    mock.restoreAll();
  });

  it('alarms when a block falls to its own threshold', async () => {
    const next = once(alerter, 'alarm');
    alerter.ingest({ block: 'B7-riesling', tempC: 0.8, at: Date.now() });
    const [alarm] = (await next) as [FrostAlarm];

    assert.equal(alarm.block, 'B7-riesling');
    assert.equal(alarm.thresholdC, 1.0);
    assert.equal(thresholdFor.mock.callCount(), 1);
  });

  it('stays quiet while a block is above its threshold', () => {
    let raised: FrostAlarm | undefined;
    alerter.on('alarm', (alarm: FrostAlarm) => {
      raised = alarm;
    });

    alerter.ingest({ block: 'A2-chardonnay', tempC: 0.4, at: Date.now() });

    assert.equal(raised, undefined);
  });

  it('does not repeat an alarm inside the cooldown', async () => {
    const t0 = Date.now();
    const first = once(alerter, 'alarm');
    alerter.ingest({ block: 'B1-pinot', tempC: 0.2, at: t0 });
    await first;

    const next = once(alerter, 'alarm');
    alerter.ingest({ block: 'B1-pinot', tempC: -0.1, at: t0 + 60_000 });
    alerter.ingest({ block: 'B3-gamay', tempC: 0.5, at: t0 + 61_000 });
    const [alarm] = (await next) as [FrostAlarm];

    assert.equal(alarm.block, 'B3-gamay');
  });
});
