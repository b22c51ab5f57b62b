// expect: none
// The waiter registers both 'alarm' and 'error' and each handler detaches the other before settling, so it settles exactly once whichever event the monitor emits.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface BlockSensor {
  readLeafTempC(block: string): Promise<number>;
}

interface FrostAlarm {
  block: string;
  tempC: number;
  at: number;
}

class FrostMonitor extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly sensor: BlockSensor,
    private readonly blocks: readonly string[],
    private readonly thresholdC = 0.5,
  ) {
    super();
  }

  start(intervalMs: number): void {
    this.stop();
    this.timer = setInterval(() => {
      this.sweep().catch((err: unknown) => this.emit('error', err));
    }, intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async sweep(): Promise<void> {
    for (const block of this.blocks) {
      const tempC = await this.sensor.readLeafTempC(block);
      if (tempC <= this.thresholdC) {
        const alarm: FrostAlarm = { block, tempC, at: Date.now() };
        this.emit('alarm', alarm);
      }
    }
  }
}

function nextAlarm(monitor: FrostMonitor): Promise<FrostAlarm> {
  return new Promise<FrostAlarm>((resolve, reject) => {
    const onAlarm = (alarm: FrostAlarm) => {
      monitor.off('error', onError);
      resolve(alarm);
    };
    const onError = (err: Error) => {
      monitor.off('alarm', onAlarm);
      reject(err);
    };
    monitor.once('alarm', onAlarm);
    monitor.once('error', onError);
  });
}

describe('FrostMonitor', () => {
  let sensor: { readLeafTempC: ReturnType<typeof vi.fn<(block: string) => Promise<number>>> };
  let monitor: FrostMonitor;

  beforeEach(() => {
    vi.useFakeTimers();
    sensor = { readLeafTempC: vi.fn<(block: string) => Promise<number>>().mockResolvedValue(4.2) };
    monitor = new FrostMonitor(sensor, ['north-pinot', 'south-chard']);
  });

  afterEach(() => {
    monitor.stop();
    monitor.removeAllListeners();
    vi.useRealTimers();
  });

  it('raises an alarm when a block drops to the threshold', async () => {
    sensor.readLeafTempC.mockImplementation(async (block) => (block === 'south-chard' ? 0.3 : 3.1));
    monitor.start(60_000);

    const [alarm] = await Promise.all([nextAlarm(monitor), vi.advanceTimersByTimeAsync(60_000)]);

    expect(alarm.block).toBe('south-chard');
    expect(alarm.tempC).toBeCloseTo(0.3);
  });

  it('surfaces sensor failures through the error event', async () => {
    sensor.readLeafTempC.mockRejectedValue(new Error('LoRa gateway offline'));
    monitor.start(60_000);

    const [outcome] = await Promise.all([
      nextAlarm(monitor).then(
        (alarm) => `alarm on ${alarm.block}`,
        (err: Error) => err.message,
      ),
      vi.advanceTimersByTimeAsync(60_000),
    ]);

    expect(outcome).toBe('LoRa gateway offline');
  });

  it('stays quiet while leaves are above the threshold', async () => {
    const onAlarm = vi.fn();
    monitor.on('alarm', onAlarm);
    monitor.start(60_000);

    await vi.advanceTimersByTimeAsync(180_000);

    expect(sensor.readLeafTempC).toHaveBeenCalledTimes(6);
    expect(onAlarm).not.toHaveBeenCalled();
  });
});
