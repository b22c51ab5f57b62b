// expect: no-multiple-settle
// The executor is async and awaits the profile read before wiring listeners, so a missing or malformed profile leaves the returned promise pending forever.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface Batch {
  id: string;
  fruit: 'strawberry' | 'apricot' | 'damson' | 'blackcurrant';
  litres: number;
}

interface HoldProfile {
  holdC: number;
  holdSeconds: number;
  coolToC: number;
}

export interface CycleRecord {
  batchId: string;
  peakC: number;
  heldSeconds: number;
  finishedAt: string;
}

export interface PasteuriserLine extends EventEmitter {
  readonly name: string;
  start(config: { batchId: string; holdC: number; holdSeconds: number; coolToC: number }): void;
}

const PROFILE_DIR = process.env.PROFILE_DIR ?? '/etc/jamworks/profiles';

function profilePath(fruit: Batch['fruit']): string {
  return path.join(PROFILE_DIR, `${fruit}.json`);
}

export function runPasteurisation(line: PasteuriserLine, batch: Batch): Promise<CycleRecord> {
  return new Promise(async (resolve, reject) => {
    const profile = JSON.parse(await readFile(profilePath(batch.fruit), 'utf8')) as HoldProfile;

    const onFault = (code: string) => {
      line.off('hold-complete', onComplete);
      reject(new Error(`${line.name} fault ${code} during batch ${batch.id}`));
    };
    const onComplete = (record: CycleRecord) => {
      line.off('fault', onFault);
      resolve(record);
    };

    line.once('fault', onFault);
    line.once('hold-complete', onComplete);
    line.start({
      batchId: batch.id,
      holdC: profile.holdC,
      holdSeconds: profile.holdSeconds,
      coolToC: profile.coolToC,
    });
  });
}

export async function runShift(line: PasteuriserLine, batches: Batch[]): Promise<CycleRecord[]> {
  const records: CycleRecord[] = [];
  for (const batch of batches) {
    const record = await runPasteurisation(line, batch);
    if (record.heldSeconds <= 0) {
      throw new Error(`batch ${batch.id} reported no hold time`);
    }
    records.push(record);
  }
  return records;
}
