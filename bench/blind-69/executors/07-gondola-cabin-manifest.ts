// expect: no-multiple-settle
// writeManifest only listens for the write stream's 'finish'; if opening or writing the file fails no 'finish' comes and the promise never settles.
import { createWriteStream } from 'node:fs';
import { rename, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface CabinLoad {
  cabinNo: number;
  passengers: number;
  skisOnRack: number;
  departedAt: Date;
  station: 'valley' | 'mid' | 'summit';
}

export interface DispatchSummary {
  cabins: number;
  passengers: number;
  peakCabin: number | null;
}

const MANIFEST_DIR = process.env.LIFT_MANIFEST_DIR ?? '/var/lib/gondola/manifests';
const MAX_PASSENGERS_PER_CABIN = 8;

function manifestLine(load: CabinLoad): string {
  const time = load.departedAt.toISOString().slice(11, 19);
  const flag = load.passengers > MAX_PASSENGERS_PER_CABIN ? ' OVERLOAD' : '';
  return `${time}\t${load.station}\tcabin ${String(load.cabinNo).padStart(3, '0')}\t${load.passengers} pax\t${load.skisOnRack} skis${flag}\n`;
}

export function writeManifest(path: string, loads: readonly CabinLoad[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (loads.length === 0) {
      reject(new Error('refusing to write an empty cabin manifest'));
      return;
    }
    const out = createWriteStream(path, { flags: 'w', encoding: 'utf8' });
    out.on('finish', () => resolve());
    out.write(`# gondola manifest ${new Date().toISOString()}\n`);
    for (const load of loads) {
      out.write(manifestLine(load));
    }
    out.end();
  });
}

export function summarize(loads: readonly CabinLoad[]): DispatchSummary {
  let passengers = 0;
  let peak: CabinLoad | null = null;
  for (const load of loads) {
    passengers += load.passengers;
    if (!peak || load.passengers > peak.passengers) {
      peak = load;
    }
  }
  return { cabins: loads.length, passengers, peakCabin: peak?.cabinNo ?? null };
}

async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

export async function closeOperatingDay(day: string, loads: readonly CabinLoad[]): Promise<DispatchSummary> {
  const finalPath = join(MANIFEST_DIR, `${day}.tsv`);
  const tempPath = `${finalPath}.partial`;

  const ordered = [...loads].sort((a, b) => a.departedAt.getTime() - b.departedAt.getTime());
  await writeManifest(tempPath, ordered);

  const previous = await fileSize(finalPath);
  if (previous > 0) {
    await rename(finalPath, `${finalPath}.${Date.now()}.bak`);
  }
  await rename(tempPath, finalPath);
  return summarize(ordered);
}
