// expect: none
// waitForHalt() removes both listeners and clears its timer in one cleanup() before settling, so whichever of halted/fault/timeout comes first is the only settle.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface HaltReport {
  unitId: string;
  stoppingDistanceMm: number;
  brakeTempC: number;
}

class EscalatorDrive extends EventEmitter {
  constructor(readonly unitId: string) {
    super();
  }

  requestStop(): void {
    this.emit('stop-requested', this.unitId);
  }
}

function waitForHalt(drive: EscalatorDrive, timeoutMs: number): Promise<HaltReport> {
  return new Promise<HaltReport>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      drive.off('halted', onHalted);
      drive.off('fault', onFault);
    };
    const onHalted = (report: HaltReport) => {
      cleanup();
      resolve(report);
    };
    const onFault = (code: string) => {
      cleanup();
      reject(new Error(`drive ${drive.unitId} reported fault ${code} while braking`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`drive ${drive.unitId} did not halt within ${timeoutMs}ms`));
    }, timeoutMs);

    drive.on('halted', onHalted);
    drive.on('fault', onFault);
    drive.requestStop();
  });
}

describe('waitForHalt', () => {
  let drive: EscalatorDrive;

  beforeEach(() => {
    vi.useFakeTimers();
    drive = new EscalatorDrive('ESC-14-north');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the halt report', async () => {
    const pending = waitForHalt(drive, 5000);
    drive.emit('halted', { unitId: 'ESC-14-north', stoppingDistanceMm: 310, brakeTempC: 41 });
    await expect(pending).resolves.toMatchObject({ stoppingDistanceMm: 310 });
  });

  it('rejects when the drive faults while braking', async () => {
    const pending = waitForHalt(drive, 5000);
    const assertion = expect(pending).rejects.toThrow(/fault E42/);
    drive.emit('fault', 'E42');
    await assertion;
  });

  it('rejects after the timeout when nothing arrives', async () => {
    const pending = waitForHalt(drive, 5000);
    const assertion = expect(pending).rejects.toThrow(/did not halt within 5000ms/);
    vi.advanceTimersByTime(5000);
    await assertion;
  });

  it('leaves no listeners or timers behind once settled', async () => {
    const pending = waitForHalt(drive, 5000);
    drive.emit('halted', { unitId: 'ESC-14-north', stoppingDistanceMm: 295, brakeTempC: 38 });
    await pending;
    expect(drive.listenerCount('halted')).toBe(0);
    expect(drive.listenerCount('fault')).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ignores a late fault after a successful halt', async () => {
    const pending = waitForHalt(drive, 5000);
    drive.emit('halted', { unitId: 'ESC-14-north', stoppingDistanceMm: 300, brakeTempC: 40 });
    drive.emit('fault', 'E07');
    await expect(pending).resolves.toMatchObject({ unitId: 'ESC-14-north' });
  });
});
