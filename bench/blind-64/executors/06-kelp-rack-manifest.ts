// expect: none
// The manifest writer settles exactly once: it listens for both 'finish' and 'error' and removes the other listener whichever fires first.
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';

export interface RackSlot {
  rackId: string;
  tier: number;
  species: 'sugar-kelp' | 'bladderwrack' | 'dulse' | 'wakame';
  wetKg: number;
  hungAt: Date;
  moisturePct?: number;
}

export interface ManifestResult {
  file: string;
  slots: number;
  dryKgEstimate: number;
}

declare const dryingYard: {
  slotsForShift(shiftId: string): Promise<RackSlot[]>;
};

const DRY_RATIO: Record<RackSlot['species'], number> = {
  'sugar-kelp': 0.12,
  bladderwrack: 0.18,
  dulse: 0.15,
  wakame: 0.1,
};

function endStream(out: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onFinish = () => {
      out.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      out.off('finish', onFinish);
      reject(err);
    };
    out.once('finish', onFinish);
    out.once('error', onError);
    out.end();
  });
}

function formatSlot(slot: RackSlot): string {
  const moisture = slot.moisturePct === undefined ? '' : slot.moisturePct.toFixed(1);
  return `${slot.rackId}\t${slot.tier}\t${slot.species}\t${slot.wetKg.toFixed(2)}\t${slot.hungAt.toISOString()}\t${moisture}\n`;
}

export async function writeShiftManifest(shiftId: string, outDir: string): Promise<ManifestResult> {
  const slots = await dryingYard.slotsForShift(shiftId);
  slots.sort((a, b) => a.rackId.localeCompare(b.rackId) || a.tier - b.tier);

  const finalPath = path.join(outDir, `manifest-${shiftId}.tsv`);
  const tmpPath = `${finalPath}.partial`;
  const out = createWriteStream(tmpPath, { encoding: 'utf8' });

  let dryKgEstimate = 0;
  out.write('rack\ttier\tspecies\twet_kg\thung_at\tmoisture_pct\n');
  for (const slot of slots) {
    dryKgEstimate += slot.wetKg * DRY_RATIO[slot.species];
    out.write(formatSlot(slot));
  }

  await endStream(out);
  await rename(tmpPath, finalPath);

  return {
    file: finalPath,
    slots: slots.length,
    dryKgEstimate: Math.round(dryKgEstimate * 100) / 100,
  };
}

export async function writeManifests(shiftIds: string[], outDir: string): Promise<ManifestResult[]> {
  const results: ManifestResult[] = [];
  for (const shiftId of shiftIds) {
    results.push(await writeShiftManifest(shiftId, outDir));
  }
  return results;
}
