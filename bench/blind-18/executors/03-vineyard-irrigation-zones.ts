// expect: no-multiple-settle
// The 'reading' handler is attached with on() and never removed, so after the first match (or the timeout) every later reading above target re-runs resolve and appends duplicate log entries, and handlers pile up each cycle.
import { EventEmitter } from 'node:events';

export interface PressureReading {
  zone: string;
  kPa: number;
  takenAt: Date;
}

export interface ZoneSchedule {
  zone: string;
  targetKPa: number;
  runMinutes: number;
}

declare const valves: {
  open(zone: string): Promise<void>;
  close(zone: string): Promise<void>;
};

declare const valveLog: {
  record(entry: { zone: string; event: 'pressurised' | 'closed' | 'failed'; kPa?: number; at: Date }): void;
};

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class IrrigationController {
  constructor(
    private readonly sensors: EventEmitter,
    private readonly pressureTimeoutMs = 45_000,
  ) {}

  private waitForPressure(zone: string, targetKPa: number): Promise<PressureReading> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`zone ${zone} did not reach ${targetKPa} kPa`));
      }, this.pressureTimeoutMs);

      this.sensors.on('reading', (reading: PressureReading) => {
        if (reading.zone !== zone || reading.kPa < targetKPa) return;
        clearTimeout(timer);
        valveLog.record({ zone, event: 'pressurised', kPa: reading.kPa, at: reading.takenAt });
        resolve(reading);
      });
    });
  }

  async runZone(schedule: ZoneSchedule): Promise<void> {
    await valves.open(schedule.zone);
    try {
      await this.waitForPressure(schedule.zone, schedule.targetKPa);
      await sleep(schedule.runMinutes * 60_000);
    } catch (err) {
      valveLog.record({ zone: schedule.zone, event: 'failed', at: new Date() });
      throw err;
    } finally {
      await valves.close(schedule.zone);
      valveLog.record({ zone: schedule.zone, event: 'closed', at: new Date() });
    }
  }

  async runNightCycle(schedules: ZoneSchedule[]): Promise<string[]> {
    const skipped: string[] = [];
    for (const schedule of schedules) {
      try {
        await this.runZone(schedule);
      } catch {
        skipped.push(schedule.zone);
      }
    }
    return skipped;
  }
}
