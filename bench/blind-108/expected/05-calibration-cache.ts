// expect: none
// The shared calibration promise is deliberately awaited by every concurrent observation, but a failed load clears the cache so the next caller starts a fresh loadCalibration() call instead of re-awaiting the rejected one.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface GainTable {
  band: string;
  measuredAt: string;
  gainsDb: number[];
  systemTempK: number;
}

export interface Spectrum {
  band: string;
  channels: Float64Array;
}

export class CalibrationCache {
  private readonly inflight = new Map<string, Promise<GainTable>>();

  constructor(private readonly calDir: string, private readonly maxAgeHours = 12) {}

  get(band: string): Promise<GainTable> {
    let pending = this.inflight.get(band);
    if (!pending) {
      pending = this.loadCalibration(band).catch((err: unknown) => {
        this.inflight.delete(band);
        throw err;
      });
      this.inflight.set(band, pending);
    }
    return pending;
  }

  invalidate(band?: string): void {
    if (band) this.inflight.delete(band);
    else this.inflight.clear();
  }

  private async loadCalibration(band: string): Promise<GainTable> {
    const file = path.join(this.calDir, `gain-${band.toLowerCase()}.json`);
    const table = JSON.parse(await readFile(file, 'utf8')) as GainTable;
    const ageHours = (Date.now() - Date.parse(table.measuredAt)) / 3_600_000;
    if (!(ageHours <= this.maxAgeHours)) {
      throw new Error(`${band}-band calibration is ${ageHours.toFixed(1)}h old; rerun the noise-diode cycle`);
    }
    return table;
  }
}

export async function calibrate(cache: CalibrationCache, spectrum: Spectrum): Promise<Float64Array> {
  const table = await cache.get(spectrum.band);
  if (table.gainsDb.length !== spectrum.channels.length) {
    throw new Error(`gain table has ${table.gainsDb.length} channels, spectrum has ${spectrum.channels.length}`);
  }
  const out = new Float64Array(spectrum.channels.length);
  for (let i = 0; i < out.length; i++) {
    out[i] = (spectrum.channels[i] / 10 ** (table.gainsDb[i] / 10)) * table.systemTempK;
  }
  return out;
}

export async function calibrateNight(cache: CalibrationCache, spectra: Spectrum[]): Promise<Float64Array[]> {
  return Promise.all(spectra.map((s) => calibrate(cache, s)));
}
