// expect: no-read-before-settle
// loadCalibration() assigns `calibration` inside the fs.readFile callback but returns it synchronously, so callers always get the defaults.
import fs from 'node:fs';
import path from 'node:path';

export interface BladeCalibration {
  bladeId: string;
  kerfMm: number;
  tensionKn: number;
  feedSpeedMPerMin: number;
  hookAngleDeg: number;
}

const DEFAULTS: BladeCalibration = {
  bladeId: 'unknown',
  kerfMm: 2.2,
  tensionKn: 28,
  feedSpeedMPerMin: 45,
  hookAngleDeg: 12,
};

const CALIBRATION_DIR = process.env.BLADE_CAL_DIR ?? '/etc/sawmill/blades';

function parseCalibration(text: string): Partial<BladeCalibration> {
  const out: Record<string, string | number> = {};
  for (const line of text.split('\n')) {
    const m = /^\s*(\w+)\s*=\s*(.+?)\s*$/.exec(line);
    if (!m) continue;
    const [, key, value] = m;
    out[key] = Number.isNaN(Number(value)) ? value : Number(value);
  }
  return out as Partial<BladeCalibration>;
}

export function loadCalibration(bladeId: string): BladeCalibration {
  let calibration: BladeCalibration = { ...DEFAULTS, bladeId };
  const file = path.join(CALIBRATION_DIR, `${bladeId}.cal`);

  fs.readFile(file, 'utf8', (err, text) => {
    if (err) {
      if (err.code !== 'ENOENT') console.warn(`could not read ${file}: ${err.message}`);
      return;
    }
    calibration = { ...calibration, ...parseCalibration(text) };
  });

  return calibration;
}

export function maxFeedFor(cal: BladeCalibration, species: 'pine' | 'spruce' | 'oak', depthMm: number): number {
  const hardness = species === 'oak' ? 0.6 : species === 'pine' ? 0.95 : 1;
  const depthFactor = depthMm > 300 ? 0.7 : depthMm > 150 ? 0.85 : 1;
  return Math.round(cal.feedSpeedMPerMin * hardness * depthFactor * 10) / 10;
}

export function configureHeadrig(bladeId: string, species: 'pine' | 'spruce' | 'oak', depthMm: number) {
  const cal = loadCalibration(bladeId);
  return {
    blade: cal.bladeId,
    tensionKn: cal.tensionKn,
    feed: maxFeedFor(cal, species, depthMm),
    kerf: cal.kerfMm,
  };
}
