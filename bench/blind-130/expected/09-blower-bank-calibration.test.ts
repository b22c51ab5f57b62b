// expect: no-uncalled-async-function
// calibrateAll maps each motor to its calibrate method instead of calling it, so Promise.all receives plain functions and the bank reports calibrated without any motor being calibrated.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface BlowerMotor {
  serial: string;
  calibrate(): Promise<void>;
  readRpm(): Promise<number>;
}

interface CalibrationSummary {
  calibrated: string[];
  at: Date;
}

class BlowerBank {
  private lastCalibration: Date | null = null;

  constructor(private readonly motors: BlowerMotor[]) {}

  async calibrateAll(now = new Date()): Promise<CalibrationSummary> {
    if (this.motors.length === 0) throw new Error('blower bank has no motors');
    await Promise.all(this.motors.map((m) => m.calibrate));
    this.lastCalibration = now;
    return { calibrated: this.motors.map((m) => m.serial), at: now };
  }

  needsCalibration(now: Date, maxAgeDays = 90): boolean {
    if (!this.lastCalibration) return true;
    return now.getTime() - this.lastCalibration.getTime() > maxAgeDays * 86_400_000;
  }

  async slowestRpm(): Promise<number> {
    const rpms = await Promise.all(this.motors.map((m) => m.readRpm()));
    return Math.min(...rpms);
  }
}

function fakeMotor(serial: string, rpm: number): BlowerMotor {
  return { serial, calibrate: async () => {}, readRpm: async () => rpm };
}

describe('BlowerBank', () => {
  let bank: BlowerBank;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-03-01T09:00:00Z'));
    bank = new BlowerBank([fakeMotor('SPENCER-1', 1740), fakeMotor('KINETIC-2', 1690)]);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists every motor in the calibration summary', async () => {
    const summary = await bank.calibrateAll();
    expect(summary.calibrated).toEqual(['SPENCER-1', 'KINETIC-2']);
    expect(summary.at.toISOString()).toBe('2024-03-01T09:00:00.000Z');
  });

  it('needs calibration until the first run, then again after 90 days', async () => {
    expect(bank.needsCalibration(new Date())).toBe(true);
    await bank.calibrateAll();
    expect(bank.needsCalibration(new Date('2024-04-15T00:00:00Z'))).toBe(false);
    expect(bank.needsCalibration(new Date('2024-06-15T00:00:00Z'))).toBe(true);
  });

  it('refuses an empty bank', async () => {
    await expect(new BlowerBank([]).calibrateAll()).rejects.toThrow('no motors');
  });

  it('reports the slowest motor', async () => {
    await expect(bank.slowestRpm()).resolves.toBe(1690);
  });
});
