// expect: no-multiple-settle
// resolve(sample) runs before this.emit('sample'), so a listener that throws lands in the catch and calls reject on an already-resolved promise: the listener's exception is silently lost instead of surfacing anywhere.
import { readFile } from 'node:fs';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

export interface LabSample {
  tankId: string;
  collectedAt: string;
  fatPct: number;
  proteinPct: number;
  somaticCellCount: number;
}

interface RawReport {
  tank: string;
  collected: string;
  results: { fat: string; protein: string; scc: string };
}

function parseReport(text: string): LabSample {
  const raw = JSON.parse(text) as RawReport;
  const sample: LabSample = {
    tankId: raw.tank,
    collectedAt: raw.collected,
    fatPct: Number.parseFloat(raw.results.fat),
    proteinPct: Number.parseFloat(raw.results.protein),
    somaticCellCount: Number.parseInt(raw.results.scc, 10),
  };
  if (Number.isNaN(sample.fatPct) || Number.isNaN(sample.somaticCellCount)) {
    throw new Error(`malformed lab report for tank ${raw.tank}`);
  }
  return sample;
}

export class LabReportInbox extends EventEmitter {
  private readonly pending = new Set<string>();

  constructor(private readonly inboxDir: string) {
    super();
  }

  load(tankId: string): Promise<LabSample> {
    this.pending.add(tankId);
    const file = join(this.inboxDir, `${tankId}.json`);
    return new Promise<LabSample>((resolve, reject) => {
      readFile(file, 'utf8', (err, text) => {
        if (err) {
          this.pending.delete(tankId);
          reject(err);
          return;
        }
        try {
          const sample = parseReport(text);
          this.pending.delete(tankId);
          resolve(sample);
          this.emit('sample', sample);
        } catch (parseErr) {
          this.pending.delete(tankId);
          reject(parseErr);
        }
      });
    });
  }

  isPending(tankId: string): boolean {
    return this.pending.has(tankId);
  }
}

export function gradeMilk(sample: LabSample): 'A' | 'B' | 'reject' {
  if (sample.somaticCellCount > 400_000) return 'reject';
  return sample.fatPct >= 6 && sample.proteinPct >= 4.5 ? 'A' : 'B';
}
