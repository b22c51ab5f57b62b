// expect: no-read-before-settle
// batchId is assigned in the .then callback of ledger.openBatch but read straight away in the loop that builds the strand jobs, so every job is queued with an empty batch id.
import { EventEmitter } from 'node:events';

interface Strand {
  bobbin: string;
  fibre: 'hemp' | 'manila' | 'polyester';
  yarns: number;
  lengthM: number;
}

interface LayJob {
  batchId: string;
  bobbin: string;
  twist: 'S' | 'Z';
  hardness: number;
}

declare const ledger: {
  openBatch(ropeSpec: string, strands: number): Promise<string>;
  closeBatch(batchId: string, metres: number): Promise<void>;
};

declare const ropeWalk: {
  enqueue(jobs: LayJob[]): Promise<number>;
};

const HARDNESS_BY_FIBRE: Record<Strand['fibre'], number> = { hemp: 0.7, manila: 0.65, polyester: 0.55 };

function strandTwist(ropeLay: 'S' | 'Z'): 'S' | 'Z' {
  return ropeLay === 'Z' ? 'S' : 'Z';
}

export function shrinkage(strands: readonly Strand[], hardness: number): number {
  const shortest = Math.min(...strands.map((s) => s.lengthM));
  return Math.round(shortest * (1 - 0.22 * hardness) * 10) / 10;
}

export class LayingShift extends EventEmitter {
  private readonly queued: LayJob[] = [];

  async layRope(spec: string, strands: Strand[], ropeLay: 'S' | 'Z' = 'Z'): Promise<{ batchId: string; metres: number }> {
    if (strands.length < 3) throw new Error(`a ${spec} rope needs at least three strands`);
    const fibres = new Set(strands.map((s) => s.fibre));
    if (fibres.size > 1) throw new Error(`mixed fibres in ${spec}: ${[...fibres].join(', ')}`);
    const hardness = HARDNESS_BY_FIBRE[strands[0].fibre];

    let batchId = '';
    const opened = ledger.openBatch(spec, strands.length).then((id) => {
      batchId = id;
      this.emit('batch-opened', id);
    });

    const jobs: LayJob[] = [];
    for (const strand of strands) {
      jobs.push({ batchId, bobbin: strand.bobbin, twist: strandTwist(ropeLay), hardness });
    }

    await opened;
    this.queued.push(...jobs);
    await ropeWalk.enqueue(jobs);

    const metres = shrinkage(strands, hardness);
    await ledger.closeBatch(batchId, metres);
    return { batchId, metres };
  }

  pendingJobs(): readonly LayJob[] {
    return this.queued;
  }
}
