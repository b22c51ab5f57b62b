// expect: no-read-before-settle
// modifiedAt is assigned inside the fs.stat callback but compared synchronously right after the call, so it is always still 0 and changed designs are never re-sliced.
import { stat } from 'node:fs';
import { EventEmitter } from 'node:events';

export interface MouldDesign {
  mouldId: string;
  file: string;
  lastSlicedAt: number;
  wallMm: number;
}

export interface SliceJob {
  mouldId: string;
  file: string;
  layerMm: number;
  reason: 'design-changed' | 'wall-too-thin';
}

export class MouldDesignWatcher extends EventEmitter {
  private readonly designs = new Map<string, MouldDesign>();
  private readonly queue: SliceJob[] = [];

  constructor(private readonly minWallMm = 2.4) {
    super();
  }

  track(design: MouldDesign): void {
    this.designs.set(design.mouldId, { ...design });
  }

  checkForReslice(mouldId: string): SliceJob | null {
    const design = this.designs.get(mouldId);
    if (!design) throw new Error(`unknown mould design ${mouldId}`);

    let modifiedAt = 0;
    stat(design.file, (err, info) => {
      if (err) {
        this.emit('warning', `cannot stat ${design.file}: ${err.message}`);
        return;
      }
      modifiedAt = info.mtimeMs;
    });

    let job: SliceJob | null = null;
    if (modifiedAt > design.lastSlicedAt) {
      job = { mouldId, file: design.file, layerMm: 0.2, reason: 'design-changed' };
    } else if (design.wallMm < this.minWallMm) {
      job = { mouldId, file: design.file, layerMm: 0.12, reason: 'wall-too-thin' };
    }

    if (job) {
      this.queue.push(job);
      design.lastSlicedAt = Date.now();
      this.emit('queued', job);
    }
    return job;
  }

  checkAll(): SliceJob[] {
    const jobs: SliceJob[] = [];
    for (const id of this.designs.keys()) {
      const job = this.checkForReslice(id);
      if (job) jobs.push(job);
    }
    return jobs;
  }

  drain(): SliceJob[] {
    return this.queue.splice(0, this.queue.length);
  }
}
