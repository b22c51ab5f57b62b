// expect: none
// Correct: the test helper's executor settles on 'alarm', 'error' or the timeout, and each path removes the other listeners and clears the timer first.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface Alarm {
  turbineId: string;
  code: 'GEARBOX_TEMP' | 'PITCH_FAULT' | 'YAW_MISALIGN';
  value: number;
}

class AlarmMonitor extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  constructor(private readonly read: (id: string) => Promise<number>, private readonly ids: string[]) {
    super();
  }
  start(intervalMs: number) {
    this.timer = setInterval(() => {
      for (const id of this.ids) {
        this.read(id).then(
          (temp) => {
            if (temp > 85) this.emit('alarm', { turbineId: id, code: 'GEARBOX_TEMP', value: temp } satisfies Alarm);
          },
          (err) => this.emit('error', err),
        );
      }
    }, intervalMs);
  }
  stop() {
    clearInterval(this.timer);
    this.removeAllListeners();
  }
}

function nextAlarm(monitor: EventEmitter, timeoutMs: number): Promise<Alarm> {
  return new Promise<Alarm>((resolve, reject) => {
    const onAlarm = (alarm: Alarm) => {
      cleanup();
      resolve(alarm);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no alarm within ${timeoutMs}ms`));
    }, timeoutMs);
    function cleanup() {
      clearTimeout(timer);
      monitor.off('alarm', onAlarm);
      monitor.off('error', onError);
    }
    monitor.on('alarm', onAlarm);
    monitor.on('error', onError);
  });
}

describe('AlarmMonitor', () => {
  let readGearboxTemp: ReturnType<typeof vi.fn<(id: string) => Promise<number>>>;
  let monitor: AlarmMonitor;

  beforeEach(() => {
    vi.useFakeTimers();
    readGearboxTemp = vi.fn<(id: string) => Promise<number>>().mockResolvedValue(60);
    monitor = new AlarmMonitor(readGearboxTemp, ['WT-07', 'WT-12']);
    monitor.start(1_000);
  });

  afterEach(() => {
    monitor.stop();
    vi.useRealTimers();
  });

  it('raises a gearbox alarm when a turbine runs hot', async () => {
    readGearboxTemp.mockImplementation(async (id) => (id === 'WT-12' ? 91 : 60));
    const alarm = nextAlarm(monitor, 5_000);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(alarm).resolves.toEqual({ turbineId: 'WT-12', code: 'GEARBOX_TEMP', value: 91 });
  });

  it('surfaces sensor failures as errors', async () => {
    readGearboxTemp.mockRejectedValue(new Error('modbus timeout'));
    const alarm = nextAlarm(monitor, 5_000);
    const assertion = expect(alarm).rejects.toThrow('modbus timeout');
    await vi.advanceTimersByTimeAsync(1_000);
    await assertion;
  });

  it('gives up when everything stays cool', async () => {
    const alarm = nextAlarm(monitor, 3_000);
    const assertion = expect(alarm).rejects.toThrow(/no alarm within 3000ms/);
    await vi.advanceTimersByTimeAsync(3_000);
    await assertion;
    expect(readGearboxTemp).toHaveBeenCalledTimes(6);
  });
});
