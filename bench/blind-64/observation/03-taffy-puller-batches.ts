// expect: no-floating-promises
// The 'batch-complete' listener is an async function; EventEmitter drops its promise, so a failed QA insert or label print becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface PullBatch {
  batchId: string;
  machineId: string;
  flavour: string;
  pulls: number;
  finalTempC: number;
  aerationPct: number;
  kg: number;
}

export interface QaVerdict {
  batchId: string;
  grade: 'A' | 'B' | 'reject';
  reasons: string[];
}

declare class PullerMachine extends EventEmitter {
  readonly id: string;
  load(flavour: string, kg: number): void;
  on(event: 'batch-complete', listener: (batch: PullBatch) => void): this;
  on(event: 'fault', listener: (code: string) => void): this;
}

declare const qaDb: {
  insertVerdict(v: QaVerdict): Promise<void>;
};

declare const labelPrinter: {
  print(batchId: string, lines: string[]): Promise<void>;
};

declare const floorLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
};

const TARGET_AERATION = { min: 18, max: 32 };

export function grade(batch: PullBatch): QaVerdict {
  const reasons: string[] = [];
  if (batch.aerationPct < TARGET_AERATION.min) reasons.push('under-aerated, chewy');
  if (batch.aerationPct > TARGET_AERATION.max) reasons.push('over-aerated, crumbly');
  if (batch.finalTempC > 52) reasons.push('pulled too hot');
  if (batch.pulls < 600) reasons.push('short pull count');
  const gradeValue: QaVerdict['grade'] = reasons.length === 0 ? 'A' : reasons.length === 1 ? 'B' : 'reject';
  return { batchId: batch.batchId, grade: gradeValue, reasons };
}

export class PullingFloor {
  private readonly machines = new Map<string, PullerMachine>();
  private readonly counts = { A: 0, B: 0, reject: 0 };

  attach(machine: PullerMachine): void {
    this.machines.set(machine.id, machine);

    machine.on('batch-complete', async (batch) => {
      const verdict = grade(batch);
      this.counts[verdict.grade]++;
      await qaDb.insertVerdict(verdict);
      if (verdict.grade !== 'reject') {
        await labelPrinter.print(batch.batchId, [
          `${batch.flavour} salt water taffy`,
          `${batch.kg.toFixed(1)} kg  grade ${verdict.grade}`,
          `machine ${batch.machineId}`,
        ]);
      }
      floorLog.info('batch graded', { batchId: batch.batchId, grade: verdict.grade });
    });

    machine.on('fault', (code) => {
      floorLog.error('puller fault', { machine: machine.id, code });
      this.machines.delete(machine.id);
    });
  }

  startShift(plan: Array<{ machineId: string; flavour: string; kg: number }>): number {
    let started = 0;
    for (const step of plan) {
      const machine = this.machines.get(step.machineId);
      if (!machine) continue;
      machine.load(step.flavour, step.kg);
      started++;
    }
    return started;
  }

  tally() {
    return { ...this.counts };
  }
}
