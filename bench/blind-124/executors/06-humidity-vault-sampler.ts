// expect: no-multiple-settle
// The Promise executor is async and awaits the calibration lookup before wiring up its listeners, so if that lookup rejects the returned promise never settles.
import { EventEmitter } from 'node:events';

export interface HygrometerSample {
  vaultId: string;
  rh: number;
  celsius: number;
  at: number;
}

export interface CalibrationStore {
  offsetFor(sensorId: string): Promise<{ rhOffset: number; tempOffset: number }>;
}

export interface Hygrometer extends EventEmitter {
  readonly sensorId: string;
  requestBurst(count: number): void;
}

export interface VaultLimits {
  minRh: number;
  maxRh: number;
  maxCelsius: number;
}

export class VaultSampler {
  constructor(private readonly calibration: CalibrationStore) {}

  collectBurst(vaultId: string, sensor: Hygrometer, count: number): Promise<HygrometerSample[]> {
    if (count <= 0) return Promise.resolve([]);
    return new Promise<HygrometerSample[]>(async (resolve, reject) => {
      const { rhOffset, tempOffset } = await this.calibration.offsetFor(sensor.sensorId);
      const samples: HygrometerSample[] = [];
      const onSample = (rh: number, celsius: number) => {
        samples.push({ vaultId, rh: rh + rhOffset, celsius: celsius + tempOffset, at: Date.now() });
        if (samples.length === count) {
          cleanup();
          resolve(samples);
        }
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const cleanup = () => {
        sensor.off('sample', onSample);
        sensor.off('error', onError);
      };
      sensor.on('sample', onSample);
      sensor.on('error', onError);
      sensor.requestBurst(count);
    });
  }

  static summarize(samples: HygrometerSample[]): { meanRh: number; meanCelsius: number; spreadRh: number } {
    const rhs = samples.map((s) => s.rh);
    const meanRh = rhs.reduce((a, b) => a + b, 0) / rhs.length;
    const meanCelsius = samples.reduce((a, s) => a + s.celsius, 0) / samples.length;
    return { meanRh, meanCelsius, spreadRh: Math.max(...rhs) - Math.min(...rhs) };
  }

  async checkVault(
    vaultId: string,
    sensor: Hygrometer,
    limits: VaultLimits,
  ): Promise<{ ok: boolean; reasons: string[] }> {
    const samples = await this.collectBurst(vaultId, sensor, 12);
    const { meanRh, meanCelsius, spreadRh } = VaultSampler.summarize(samples);
    const reasons: string[] = [];
    if (meanRh < limits.minRh) reasons.push(`RH ${meanRh.toFixed(1)}% below ${limits.minRh}%`);
    if (meanRh > limits.maxRh) reasons.push(`RH ${meanRh.toFixed(1)}% above ${limits.maxRh}%`);
    if (meanCelsius > limits.maxCelsius) reasons.push(`temperature ${meanCelsius.toFixed(1)}°C too warm`);
    if (spreadRh > 5) reasons.push(`RH unstable within burst (spread ${spreadRh.toFixed(1)}%)`);
    return { ok: reasons.length === 0, reasons };
  }
}
