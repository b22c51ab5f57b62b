// expect: none
// flushManifest listens for both 'finish' and 'error' before calling end(), and each handler removes the other, so it settles exactly once.
import { createWriteStream } from 'node:fs';
import { createHash } from 'node:crypto';

export interface LanternEntry {
  id: string;
  sponsor: string;
  colour: 'amber' | 'crimson' | 'jade' | 'ivory';
  launchSlot: number;
  weightGrams: number;
  biodegradable: boolean;
}

export interface ManifestSummary {
  path: string;
  count: number;
  checksum: string;
  byColour: Record<LanternEntry['colour'], number>;
}

declare const festivalConfig: {
  maxWeightGrams: number;
  slotsPerNight: number;
};

const HEADER = 'id,sponsor,colour,slot,weight_g';

function validate(entries: readonly LanternEntry[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) problems.push(`duplicate lantern id ${entry.id}`);
    seen.add(entry.id);
    if (!entry.biodegradable) problems.push(`lantern ${entry.id} is not biodegradable`);
    if (entry.weightGrams > festivalConfig.maxWeightGrams) {
      problems.push(`lantern ${entry.id} weighs ${entry.weightGrams}g`);
    }
    if (entry.launchSlot < 0 || entry.launchSlot >= festivalConfig.slotsPerNight) {
      problems.push(`lantern ${entry.id} has slot ${entry.launchSlot} outside the night`);
    }
  }
  return problems;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function flushManifest(path: string, body: string): Promise<void> {
  const stream = createWriteStream(path, { encoding: 'utf8', flags: 'w' });
  return new Promise<void>((resolve, reject) => {
    const onFinish = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      stream.off('finish', onFinish);
      stream.destroy();
      reject(err);
    };
    stream.once('finish', onFinish);
    stream.once('error', onError);
    stream.end(body);
  });
}

export async function writeLaunchManifest(
  path: string,
  entries: readonly LanternEntry[],
): Promise<ManifestSummary> {
  const problems = validate(entries);
  if (problems.length > 0) {
    throw new Error(`manifest rejected:\n  ${problems.join('\n  ')}`);
  }

  const ordered = [...entries].sort((a, b) => a.launchSlot - b.launchSlot || a.id.localeCompare(b.id));
  const lines = [HEADER];
  const byColour: ManifestSummary['byColour'] = { amber: 0, crimson: 0, jade: 0, ivory: 0 };
  for (const entry of ordered) {
    byColour[entry.colour] += 1;
    lines.push(
      [entry.id, entry.sponsor, entry.colour, entry.launchSlot, entry.weightGrams].map(csvField).join(','),
    );
  }
  const body = `${lines.join('\n')}\n`;
  const checksum = createHash('sha256').update(body).digest('hex');

  await flushManifest(path, body);
  return { path, count: ordered.length, checksum, byColour };
}
