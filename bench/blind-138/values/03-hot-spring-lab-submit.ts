// expect: no-promise-as-value
// calibrationFor() became async when calibrations moved to disk, but submit() still puts its result straight into the JSON body, so the lab receives "calibration": {} instead of the probe's calibration.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface WaterSample {
  sampleId: string;
  springId: string;
  probeId: string;
  collectedAt: Date;
  temperatureC: number;
  ph: number;
  sulfideMgL: number;
}

export interface ProbeCalibration {
  probeId: string;
  calibratedAt: string;
  phSlope: number;
  phOffset: number;
  sulfideFactor: number;
}

export class LabSubmitter {
  private readonly cache = new Map<string, ProbeCalibration>();

  constructor(private readonly labUrl: string, private readonly calibrationDir: string, private readonly apiKey: string) {}

  async calibrationFor(probeId: string): Promise<ProbeCalibration> {
    const cached = this.cache.get(probeId);
    if (cached) return cached;
    const raw = await readFile(join(this.calibrationDir, `${probeId}.json`), 'utf8');
    const calibration = JSON.parse(raw) as ProbeCalibration;
    this.cache.set(probeId, calibration);
    return calibration;
  }

  async submit(sample: WaterSample): Promise<{ labRef: string }> {
    if (sample.temperatureC > 98) {
      throw new Error(`Sample ${sample.sampleId} reads ${sample.temperatureC}°C; probe likely faulty`);
    }
    const res = await fetch(`${this.labUrl}/v2/samples`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${this.apiKey}`,
      },
      body: JSON.stringify({
        id: sample.sampleId,
        site: sample.springId,
        collected: sample.collectedAt.toISOString(),
        field: {
          temperatureC: sample.temperatureC,
          ph: sample.ph,
          sulfideMgL: sample.sulfideMgL,
        },
        calibration: this.calibrationFor(sample.probeId),
      }),
    });
    if (!res.ok) {
      throw new Error(`Lab rejected ${sample.sampleId}: HTTP ${res.status}`);
    }
    return (await res.json()) as { labRef: string };
  }

  async submitAll(samples: WaterSample[]): Promise<string[]> {
    const refs: string[] = [];
    for (const sample of samples) {
      const { labRef } = await this.submit(sample);
      refs.push(labRef);
    }
    return refs;
  }
}
