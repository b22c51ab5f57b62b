// expect: no-multiple-settle
// The nextAlarm waiter resolves first and then calls monitor.acknowledge() inside the same try, so when acknowledge throws the catch calls reject() on an already-resolved promise and the acknowledgement failure is silently lost.
import { describe, it, expect, vi, beforeEach, afterEach, type Mock } from 'vitest';
import { EventEmitter } from 'node:events';

type Gas = 'SO2' | 'H2S' | 'CO2';
const GASES: readonly Gas[] = ['SO2', 'H2S', 'CO2'];

interface GasReading { gas: Gas; ppm: number; at: number }
interface GasAlarm { id: string; gas: Gas; ppm: number }
interface GasSensor { read(gas: Gas): number }

class GasMonitor extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private seq = 0;
  private readonly acked = new Set<string>();

  constructor(
    private readonly sensor: GasSensor,
    private readonly limits: Record<Gas, number>,
    private readonly everyMs = 1000,
  ) {
    super();
  }

  start(): void {
    this.timer = setInterval(() => this.sample(), this.everyMs);
  }

  acknowledge(id: string): void {
    if (this.acked.has(id)) throw new Error(`alarm ${id} already acknowledged`);
    this.acked.add(id);
  }

  close(): void {
    clearInterval(this.timer);
    this.removeAllListeners();
  }

  private sample(): void {
    for (const gas of GASES) {
      const ppm = this.sensor.read(gas);
      this.emit('reading', { gas, ppm, at: Date.now() } satisfies GasReading);
      if (ppm > this.limits[gas]) this.emit('alarm', { id: `${gas}-${++this.seq}`, gas, ppm } satisfies GasAlarm);
    }
  }
}

function nextAlarm(monitor: GasMonitor, timeoutMs: number): Promise<GasAlarm> {
  return new Promise<GasAlarm>((resolve, reject) => {
    const timer = setTimeout(() => {
      monitor.off('alarm', onAlarm);
      reject(new Error(`no alarm within ${timeoutMs}ms`));
    }, timeoutMs);
    function onAlarm(alarm: GasAlarm): void {
      clearTimeout(timer);
      try {
        resolve(alarm);
        monitor.acknowledge(alarm.id);
      } catch (err) {
        reject(err);
      }
    }
    monitor.once('alarm', onAlarm);
  });
}

const LIMITS: Record<Gas, number> = { SO2: 5, H2S: 10, CO2: 5000 };
const BASELINE: Record<Gas, number> = { SO2: 0.4, H2S: 1.2, CO2: 420 };

describe('GasMonitor', () => {
  let read: Mock<(gas: Gas) => number>;
  let monitor: GasMonitor;

  beforeEach(() => {
    vi.useFakeTimers();
    read = vi.fn((gas: Gas) => BASELINE[gas]);
    monitor = new GasMonitor({ read }, LIMITS, 1000);
    monitor.start();
  });

  afterEach(() => {
    monitor.close();
    vi.useRealTimers();
  });

  it('emits one reading per gas on every tick', async () => {
    const readings: GasReading[] = [];
    monitor.on('reading', (r: GasReading) => readings.push(r));
    await vi.advanceTimersByTimeAsync(3000);
    expect(readings).toHaveLength(9);
    expect(read).toHaveBeenCalledWith('H2S');
  });

  it('raises and acknowledges an SO2 alarm', async () => {
    read.mockImplementation((gas: Gas) => (gas === 'SO2' ? 12 : BASELINE[gas]));
    const [alarm] = await Promise.all([nextAlarm(monitor, 5000), vi.advanceTimersByTimeAsync(1000)]);
    expect(alarm).toMatchObject({ gas: 'SO2', ppm: 12 });
    expect(() => monitor.acknowledge(alarm.id)).toThrow(/already acknowledged/);
  });

  it('stays quiet while every gas is under its limit', async () => {
    const onAlarm = vi.fn();
    monitor.on('alarm', onAlarm);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onAlarm).not.toHaveBeenCalled();
  });

  it('stops sampling once closed', async () => {
    monitor.close();
    read.mockClear();
    await vi.advanceTimersByTimeAsync(5000);
    expect(read).not.toHaveBeenCalled();
  });
});
