// expect: no-multiple-settle
// Bug: the readFile callback rejects on error but falls through to resolve(parseJob(data)), which throws on undefined data outside the executor and crashes the process.
import { readFile } from 'node:fs';
import { join } from 'node:path';

export type Material = 'zirconia' | 'emax' | 'pmma' | 'titanium';

export interface MillingJob {
  caseId: string;
  material: Material;
  toolPaths: string[];
  blankDiameterMm: number;
  estimatedMinutes: number;
}

declare const labLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
};

const KNOWN_MATERIALS: readonly Material[] = ['zirconia', 'emax', 'pmma', 'titanium'];

function parseJob(raw: string): MillingJob {
  const doc = JSON.parse(raw) as Partial<MillingJob> & { material?: string };
  if (!doc.caseId) throw new Error('job file has no caseId');
  if (!doc.material || !KNOWN_MATERIALS.includes(doc.material as Material)) {
    throw new Error(`unsupported material ${String(doc.material)}`);
  }
  return {
    caseId: doc.caseId,
    material: doc.material as Material,
    toolPaths: Array.isArray(doc.toolPaths) ? doc.toolPaths : [],
    blankDiameterMm: doc.blankDiameterMm ?? 98,
    estimatedMinutes: doc.estimatedMinutes ?? 0,
  };
}

export class MillingQueue {
  private readonly jobs = new Map<string, MillingJob>();

  constructor(private readonly spoolDir: string) {}

  loadJob(fileName: string): Promise<MillingJob> {
    const fullPath = join(this.spoolDir, fileName);
    return new Promise<MillingJob>((resolve, reject) => {
      readFile(fullPath, 'utf8', (err, data) => {
        if (err) {
          labLog.warn('job file unreadable', { fullPath, code: err.code });
          reject(err);
        }
        resolve(parseJob(data));
      });
    });
  }

  async enqueue(fileName: string): Promise<MillingJob> {
    const job = await this.loadJob(fileName);
    if (this.jobs.has(job.caseId)) {
      labLog.info('job already queued, replacing', { caseId: job.caseId });
    }
    this.jobs.set(job.caseId, job);
    return job;
  }

  totalMinutes(material?: Material): number {
    let total = 0;
    for (const job of this.jobs.values()) {
      if (!material || job.material === material) total += job.estimatedMinutes;
    }
    return total;
  }

  next(): MillingJob | undefined {
    const [first] = this.jobs.values();
    if (first) this.jobs.delete(first.caseId);
    return first;
  }
}
