// expect: none
// readFile callback returns after reject, and parse failures are caught and rejected, so each load settles exactly once.
import { readFile } from 'node:fs';
import { join } from 'node:path';

export interface ProbeCalibration {
  probeId: string;
  depthM: number;
  offsetC: number;
  gain: number;
}

export interface SiloCalibration {
  siloId: string;
  capturedAt: string;
  probes: ProbeCalibration[];
}

const CALIBRATION_ROOT = process.env.SILO_CAL_DIR ?? '/var/lib/silo-monitor/calibration';

function parseRow(line: string, lineNo: number): ProbeCalibration {
  const [probeId, depth, offset, gain] = line.split(',').map((s) => s.trim());
  const depthM = Number(depth);
  const offsetC = Number(offset);
  const g = Number(gain);
  if (!probeId || [depthM, offsetC, g].some((n) => Number.isNaN(n))) {
    throw new Error(`bad calibration row ${lineNo}: "${line}"`);
  }
  return { probeId, depthM, offsetC, gain: g };
}

export function loadCalibration(siloId: string): Promise<SiloCalibration> {
  const file = join(CALIBRATION_ROOT, `${siloId}.csv`);

  return new Promise<SiloCalibration>((resolve, reject) => {
    readFile(file, 'utf8', (err, raw) => {
      if (err) {
        return reject(new Error(`cannot read calibration for ${siloId}: ${err.message}`));
      }

      try {
        const lines = raw.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
        const header = lines.shift() ?? '';
        const capturedAt = header.replace(/^captured_at=/, '');
        const probes = lines.map((l, i) => parseRow(l, i + 2));
        probes.sort((a, b) => a.depthM - b.depthM);
        resolve({ siloId, capturedAt, probes });
      } catch (parseErr) {
        reject(parseErr as Error);
      }
    });
  });
}

export function applyCalibration(cal: SiloCalibration, readings: Map<string, number>): Map<string, number> {
  const corrected = new Map<string, number>();
  for (const probe of cal.probes) {
    const rawC = readings.get(probe.probeId);
    if (rawC === undefined) continue;
    corrected.set(probe.probeId, rawC * probe.gain + probe.offsetC);
  }
  return corrected;
}

export async function hottestLayer(siloId: string, readings: Map<string, number>): Promise<ProbeCalibration | undefined> {
  const cal = await loadCalibration(siloId);
  const corrected = applyCalibration(cal, readings);
  let best: ProbeCalibration | undefined;
  let bestTemp = -Infinity;
  for (const probe of cal.probes) {
    const t = corrected.get(probe.probeId);
    if (t !== undefined && t > bestTemp) {
      bestTemp = t;
      best = probe;
    }
  }
  return best;
}
