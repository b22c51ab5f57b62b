// expect: no-multiple-settle
// The readFile callback rejects on an I/O error but has no return, so it falls through to parse undefined and settles the promise a second time.
import { readFile } from 'node:fs';
import { join } from 'node:path';

export interface DoseLine {
  slot: number;
  ndc: string;
  units: number;
  dueAt: Date;
}

export interface DoseManifest {
  robotId: string;
  loadedAt: Date;
  lines: DoseLine[];
}

declare const dispenserBus: {
  queueDose(robotId: string, line: DoseLine, shiftId: string): Promise<void>;
  currentShift(): { id: string; pharmacist: string };
};

declare const audit: {
  record(event: string, detail: Record<string, unknown>): void;
};

const MANIFEST_DIR = process.env.MANIFEST_DIR ?? '/var/lib/dispenser/manifests';
const DUE_WINDOW_MS = 15 * 60 * 1000;

function parseManifest(robotId: string, raw: string): DoseManifest {
  const rows = raw
    .split('\n')
    .map((row) => row.trim())
    .filter((row) => row.length > 0 && !row.startsWith('#'));

  const lines = rows.map((row, idx): DoseLine => {
    const [slot, ndc, units, due] = row.split(',');
    const parsedUnits = Number(units);
    if (!Number.isFinite(parsedUnits) || parsedUnits <= 0) {
      throw new Error(`Manifest ${robotId} row ${idx + 1}: invalid unit count "${units}"`);
    }
    const dueAt = new Date(due);
    if (Number.isNaN(dueAt.getTime())) {
      throw new Error(`Manifest ${robotId} row ${idx + 1}: invalid due time "${due}"`);
    }
    return { slot: Number(slot), ndc: ndc.trim(), units: parsedUnits, dueAt };
  });

  return { robotId, loadedAt: new Date(), lines };
}

export function loadManifest(robotId: string): Promise<DoseManifest> {
  const file = join(MANIFEST_DIR, `${robotId}.csv`);
  return new Promise<DoseManifest>((resolve, reject) => {
    readFile(file, 'utf8', (err, raw) => {
      if (err) {
        audit.record('manifest.read_failed', { robotId, file, code: err.code });
        reject(err);
      }
      try {
        resolve(parseManifest(robotId, raw));
      } catch (parseErr) {
        audit.record('manifest.parse_failed', { robotId, file });
        reject(parseErr);
      }
    });
  });
}

export function dueLines(manifest: DoseManifest, now = Date.now()): DoseLine[] {
  return manifest.lines
    .filter((line) => line.dueAt.getTime() <= now + DUE_WINDOW_MS)
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.slot - b.slot);
}

export async function dispenseDue(robotId: string): Promise<{ queued: number; skipped: number }> {
  const manifest = await loadManifest(robotId);
  const shift = dispenserBus.currentShift();
  const due = dueLines(manifest);
  let queued = 0;
  let skipped = 0;

  for (const line of due) {
    if (line.units > 8) {
      audit.record('dose.requires_pharmacist', { robotId, slot: line.slot, pharmacist: shift.pharmacist });
      skipped++;
      continue;
    }
    await dispenserBus.queueDose(robotId, line, shift.id);
    queued++;
  }

  audit.record('dose.batch_queued', { robotId, shift: shift.id, queued, skipped });
  return { queued, skipped };
}
