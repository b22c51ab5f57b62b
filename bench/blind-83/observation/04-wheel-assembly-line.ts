// expect: no-floating-promises
// completeStation calls this.telemetry.recordStation as a bare statement; the returned promise is dropped, so a telemetry failure becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

type Station = 'frame' | 'motor' | 'splash-pan' | 'wheelhead' | 'pedal' | 'burn-in';

const STATION_ORDER: Station[] = ['frame', 'motor', 'splash-pan', 'wheelhead', 'pedal', 'burn-in'];

interface WheelUnit {
  serial: string;
  model: 'studio-12' | 'studio-14' | 'kick-classic';
  completed: Array<{ station: Station; by: string; at: number }>;
  defects: string[];
}

interface Telemetry {
  recordStation(serial: string, station: Station, operator: string): Promise<void>;
  recordDefect(serial: string, defect: string): Promise<void>;
}

export class WheelAssemblyLine extends EventEmitter {
  private readonly units = new Map<string, WheelUnit>();

  constructor(private readonly telemetry: Telemetry) {
    super();
  }

  start(serial: string, model: WheelUnit['model']): WheelUnit {
    if (this.units.has(serial)) throw new Error(`unit ${serial} is already on the line`);
    const unit: WheelUnit = { serial, model, completed: [], defects: [] };
    this.units.set(serial, unit);
    return unit;
  }

  nextStation(serial: string): Station | null {
    const unit = this.require(serial);
    return STATION_ORDER[unit.completed.length] ?? null;
  }

  completeStation(serial: string, station: Station, operator: string): void {
    const unit = this.require(serial);
    const expected = STATION_ORDER[unit.completed.length];
    if (station !== expected) {
      throw new Error(`unit ${serial} is at ${expected ?? 'end of line'}, not ${station}`);
    }
    unit.completed.push({ station, by: operator, at: Date.now() });
    this.telemetry.recordStation(serial, station, operator);

    if (unit.completed.length === STATION_ORDER.length) {
      this.units.delete(serial);
      this.emit(unit.defects.length === 0 ? 'passed' : 'rework', unit);
    }
  }

  async reportDefect(serial: string, defect: string): Promise<void> {
    const unit = this.require(serial);
    unit.defects.push(defect);
    await this.telemetry.recordDefect(serial, defect);
  }

  throughput(windowMs: number, now = Date.now()): number {
    let count = 0;
    for (const unit of this.units.values()) {
      count += unit.completed.filter((c) => now - c.at <= windowMs).length;
    }
    return count;
  }

  private require(serial: string): WheelUnit {
    const unit = this.units.get(serial);
    if (!unit) throw new Error(`unknown unit ${serial}`);
    return unit;
  }
}
