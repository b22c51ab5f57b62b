// expect: none
// nextAlarm() listens for both 'alarm' and 'error' with once(), removes the other listener and clears its timer on every path.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Alarm {
  tank: string;
  metric: 'temp' | 'ph' | 'alk';
  value: number;
}

class TankMonitor extends EventEmitter {
  private interval: NodeJS.Timeout | null = null;
  readonly limits = { temp: [24.5, 27.5], ph: [7.9, 8.4], alk: [7, 11] } as const;

  start(): void {
    this.interval = setInterval(() => this.emit('tick'), 50);
  }

  ingest(tank: string, metric: Alarm['metric'], value: number): void {
    if (Number.isNaN(value)) {
      this.emit('error', new Error(`sensor on ${tank} returned NaN for ${metric}`));
      return;
    }
    const [lo, hi] = this.limits[metric];
    if (value < lo || value > hi) this.emit('alarm', { tank, metric, value } satisfies Alarm);
  }

  stop(): void {
    if (this.interval) clearInterval(this.interval);
    this.interval = null;
    this.removeAllListeners();
  }
}

function nextAlarm(monitor: TankMonitor, timeoutMs = 500): Promise<Alarm> {
  return new Promise<Alarm>((resolve, reject) => {
    const onAlarm = (alarm: Alarm) => {
      clearTimeout(timer);
      monitor.off('error', onError);
      resolve(alarm);
    };
    const onError = (err: Error) => {
      clearTimeout(timer);
      monitor.off('alarm', onAlarm);
      reject(err);
    };
    const timer = setTimeout(() => {
      monitor.off('alarm', onAlarm);
      monitor.off('error', onError);
      reject(new Error(`no alarm within ${timeoutMs}ms`));
    }, timeoutMs);
    monitor.once('alarm', onAlarm);
    monitor.once('error', onError);
  });
}

describe('TankMonitor', () => {
  let monitor: TankMonitor;

  beforeEach(() => {
    monitor = new TankMonitor();
    monitor.start();
  });

  afterEach(() => {
    monitor.stop();
  });

  it('raises an alarm when temperature leaves the band', async () => {
    const alarm = nextAlarm(monitor);
    monitor.ingest('acropora-2', 'temp', 28.1);
    assert.deepEqual(await alarm, { tank: 'acropora-2', metric: 'temp', value: 28.1 });
  });

  it('stays quiet for in-range readings', async () => {
    const alarm = nextAlarm(monitor, 80);
    monitor.ingest('montipora-1', 'ph', 8.1);
    await assert.rejects(alarm, /no alarm within 80ms/);
  });

  it('reports broken sensors as errors, not alarms', async () => {
    const alarm = nextAlarm(monitor);
    monitor.ingest('frag-rack-4', 'alk', Number.NaN);
    await assert.rejects(alarm, /returned NaN for alk/);
    assert.equal(monitor.listenerCount('alarm'), 0);
  });
});
