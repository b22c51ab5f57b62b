// expect: no-multiple-settle
// In readTank the probe callback rejects on error but has no return, so it falls through to resolve() and settles twice.
import { EventEmitter } from 'node:events';

export interface PhReading {
  tankId: string;
  ph: number;
  tempC: number;
  takenAt: Date;
}

interface RawProbeFrame {
  channel: number;
  millivolts: number;
  thermistorOhms: number;
}

declare const probeBus: {
  /** The bus always hands back a frame; on error it is a zeroed placeholder. */
  sample(channel: number, cb: (err: Error | null, frame: RawProbeFrame) => void): void;
  calibrationFor(channel: number): { slope: number; offset: number };
};

declare const log: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const PH_FLOOR = 2.5;
const PH_CEILING = 3.6;

export class ProbeError extends Error {
  constructor(readonly tankId: string, cause: Error) {
    super(`pH probe on tank ${tankId} failed: ${cause.message}`, { cause });
    this.name = 'ProbeError';
  }
}

function thermistorToCelsius(ohms: number): number {
  // Steinhart-Hart coefficients for the 10k NTC probes fitted to the primary fermenters
  const a = 1.009249522e-3;
  const b = 2.378405444e-4;
  const c = 2.019202697e-7;
  const lnR = Math.log(ohms);
  return 1 / (a + b * lnR + c * lnR ** 3) - 273.15;
}

function normalize(tankId: string, frame: RawProbeFrame): PhReading {
  const cal = probeBus.calibrationFor(frame.channel);
  const tempC = thermistorToCelsius(frame.thermistorOhms);
  // Nernst slope correction relative to 25 °C
  const slopeAtTemp = cal.slope * ((tempC + 273.15) / 298.15);
  const ph = 7 - (frame.millivolts - cal.offset) / slopeAtTemp;
  return { tankId, ph: Math.round(ph * 100) / 100, tempC, takenAt: new Date() };
}

export class FermenterMonitor extends EventEmitter {
  private readonly channels = new Map<string, number>();
  private readonly history = new Map<string, PhReading[]>();

  register(tankId: string, channel: number): void {
    this.channels.set(tankId, channel);
    this.history.set(tankId, []);
  }

  readTank(tankId: string): Promise<PhReading> {
    const channel = this.channels.get(tankId);
    if (channel === undefined) {
      return Promise.reject(new Error(`tank ${tankId} has no probe channel`));
    }
    return new Promise<PhReading>((resolve, reject) => {
      probeBus.sample(channel, (err, frame) => {
        if (err) {
          log.warn('probe sample failed', { tankId, channel, error: err.message });
          reject(new ProbeError(tankId, err));
        }
        resolve(normalize(tankId, frame));
      });
    });
  }

  async sweep(): Promise<PhReading[]> {
    const readings: PhReading[] = [];
    for (const tankId of this.channels.keys()) {
      const reading = await this.readTank(tankId);
      this.record(reading);
      readings.push(reading);
    }
    log.info('fermenter sweep complete', { tanks: readings.length });
    return readings;
  }

  private record(reading: PhReading): void {
    const series = this.history.get(reading.tankId) ?? [];
    series.push(reading);
    if (series.length > 288) series.shift();
    this.history.set(reading.tankId, series);

    if (reading.ph < PH_FLOOR || reading.ph > PH_CEILING) {
      this.emit('out-of-range', reading);
    }
  }

  trend(tankId: string, samples = 12): number {
    const series = (this.history.get(tankId) ?? []).slice(-samples);
    if (series.length < 2) return 0;
    return series[series.length - 1].ph - series[0].ph;
  }
}
