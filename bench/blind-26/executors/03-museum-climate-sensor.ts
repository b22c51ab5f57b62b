// expect: no-multiple-settle
// The executor is async and awaits fetchCalibration() first; if that rejects, nothing calls reject and sampleGallery() never settles.
import { EventEmitter } from 'node:events';

export interface RawReading {
  gallery: string;
  tempRaw: number;
  humidityRaw: number;
}

export interface Calibration {
  tempOffset: number;
  tempGain: number;
  humidityOffset: number;
}

export interface ClimateSample {
  gallery: string;
  celsius: number;
  relativeHumidity: number;
  takenAt: number;
}

export interface SensorBus extends EventEmitter {
  request(gallery: string): void;
}

const CALIBRATION_URL = 'https://facilities.internal/api/calibration';
const SAMPLE_TIMEOUT_MS = 3_000;

async function fetchCalibration(gallery: string): Promise<Calibration> {
  const res = await fetch(`${CALIBRATION_URL}/${encodeURIComponent(gallery)}`, {
    headers: { accept: 'application/json' },
  });
  if (!res.ok) {
    throw new Error(`calibration for ${gallery} unavailable: HTTP ${res.status}`);
  }
  return (await res.json()) as Calibration;
}

export function sampleGallery(bus: SensorBus, gallery: string): Promise<ClimateSample> {
  return new Promise(async (resolve, reject) => {
    const calibration = await fetchCalibration(gallery);
    const event = `reading:${gallery}`;

    const timer = setTimeout(() => {
      bus.off(event, onReading);
      reject(new Error(`no reading from ${gallery} within ${SAMPLE_TIMEOUT_MS}ms`));
    }, SAMPLE_TIMEOUT_MS);

    function onReading(raw: RawReading) {
      clearTimeout(timer);
      resolve({
        gallery,
        celsius: raw.tempRaw * calibration.tempGain + calibration.tempOffset,
        relativeHumidity: Math.min(100, Math.max(0, raw.humidityRaw + calibration.humidityOffset)),
        takenAt: Date.now(),
      });
    }

    bus.once(event, onReading);
    bus.request(gallery);
  });
}

export class ClimateController {
  constructor(
    private readonly bus: SensorBus,
    private readonly setDehumidifier: (gallery: string, on: boolean) => Promise<void>,
  ) {}

  // Paintings want 45-55% RH; we act a little inside that band.
  async regulate(galleries: string[]): Promise<ClimateSample[]> {
    const samples: ClimateSample[] = [];
    for (const gallery of galleries) {
      const sample = await sampleGallery(this.bus, gallery);
      samples.push(sample);
      if (sample.relativeHumidity > 53) {
        await this.setDehumidifier(gallery, true);
      } else if (sample.relativeHumidity < 47) {
        await this.setDehumidifier(gallery, false);
      }
    }
    return samples;
  }
}
