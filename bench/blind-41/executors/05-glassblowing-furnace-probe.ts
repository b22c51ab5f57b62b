// expect: no-multiple-settle
// waitForReading never clears its timeout after a reading or fault arrives, so the timer still fires reject later.
import { EventEmitter } from 'node:events';

export interface ThermoReading {
  zone: 'glory-hole' | 'crucible' | 'annealer';
  celsius: number;
  takenAt: number;
}

export interface FurnaceProbe extends EventEmitter {
  requestSample(zone: ThermoReading['zone']): void;
}

declare const furnaceAlarms: {
  raise(zone: string, message: string): void;
};

const WORKING_RANGES: Record<ThermoReading['zone'], [min: number, max: number]> = {
  'glory-hole': [1050, 1250],
  crucible: [1080, 1180],
  annealer: [480, 520],
};

export function waitForReading(
  probe: FurnaceProbe,
  zone: ThermoReading['zone'],
  timeoutMs = 2_500,
): Promise<ThermoReading> {
  return new Promise<ThermoReading>((resolve, reject) => {
    setTimeout(() => {
      probe.off('reading', onReading);
      probe.off('fault', onFault);
      reject(new Error(`thermocouple in ${zone} did not answer within ${timeoutMs}ms`));
    }, timeoutMs);

    const onReading = (reading: ThermoReading) => {
      if (reading.zone !== zone) return;
      probe.off('reading', onReading);
      probe.off('fault', onFault);
      resolve(reading);
    };
    const onFault = (faultZone: string, err: Error) => {
      if (faultZone !== zone) return;
      probe.off('reading', onReading);
      probe.off('fault', onFault);
      reject(err);
    };

    probe.on('reading', onReading);
    probe.on('fault', onFault);
    probe.requestSample(zone);
  });
}

export class FurnaceMonitor {
  private readonly history: ThermoReading[] = [];

  constructor(private readonly probe: FurnaceProbe) {}

  async sweep(): Promise<ThermoReading[]> {
    const zones = Object.keys(WORKING_RANGES) as ThermoReading['zone'][];
    const readings: ThermoReading[] = [];
    for (const zone of zones) {
      const reading = await waitForReading(this.probe, zone);
      const [min, max] = WORKING_RANGES[zone];
      if (reading.celsius < min || reading.celsius > max) {
        furnaceAlarms.raise(zone, `${reading.celsius}°C outside ${min}-${max}°C`);
      }
      readings.push(reading);
    }
    this.history.push(...readings);
    if (this.history.length > 500) this.history.splice(0, this.history.length - 500);
    return readings;
  }

  trend(zone: ThermoReading['zone'], window = 10): number {
    const recent = this.history.filter((r) => r.zone === zone).slice(-window);
    if (recent.length < 2) return 0;
    const first = recent[0];
    const last = recent[recent.length - 1];
    const minutes = (last.takenAt - first.takenAt) / 60_000;
    return minutes === 0 ? 0 : (last.celsius - first.celsius) / minutes;
  }
}
