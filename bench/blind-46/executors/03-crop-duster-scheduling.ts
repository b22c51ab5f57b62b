// expect: no-multiple-settle
// waitForSprayWindow clears its interval only on the deadline path, so every later acceptable reading resolves again.
export interface WindReading {
  stripId: string;
  speedKnots: number;
  gustKnots: number;
  directionDeg: number;
  observedAt: number;
}

export interface SprayJob {
  id: string;
  fieldId: string;
  stripId: string;
  product: 'fungicide' | 'herbicide' | 'foliar-feed';
  maxWindKnots: number;
  earliest: number;
  latest: number;
}

declare const weatherMast: {
  latest(stripId: string): WindReading | undefined;
};

declare const hangar: {
  assignAircraft(jobId: string): Promise<{ tailNumber: string; pilot: string }>;
  release(tailNumber: string): Promise<void>;
};

declare const dispatchLog: {
  record(event: string, data: Record<string, unknown>): void;
};

const POLL_MS = 15_000;
const DRIFT_SENSITIVE: ReadonlySet<SprayJob['product']> = new Set(['herbicide']);

function acceptable(job: SprayJob, reading: WindReading): boolean {
  const limit = DRIFT_SENSITIVE.has(job.product) ? Math.min(job.maxWindKnots, 8) : job.maxWindKnots;
  return reading.speedKnots <= limit && reading.gustKnots <= limit * 1.4;
}

export function waitForSprayWindow(job: SprayJob, now: () => number = Date.now): Promise<WindReading> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (now() > job.latest) {
        clearInterval(timer);
        reject(new Error(`no spray window for ${job.id} before ${new Date(job.latest).toISOString()}`));
        return;
      }
      const reading = weatherMast.latest(job.stripId);
      if (!reading || now() - reading.observedAt > 2 * POLL_MS) {
        dispatchLog.record('stale-wind', { jobId: job.id, stripId: job.stripId });
        return;
      }
      if (now() >= job.earliest && acceptable(job, reading)) {
        dispatchLog.record('window-open', { jobId: job.id, speed: reading.speedKnots });
        resolve(reading);
      }
    }, POLL_MS);
  });
}

export class DusterScheduler {
  private readonly queue: SprayJob[] = [];
  private running = false;

  enqueue(job: SprayJob): void {
    if (job.latest <= job.earliest) throw new Error(`job ${job.id} has an empty time window`);
    this.queue.push(job);
    this.queue.sort((a, b) => a.latest - b.latest);
  }

  async runNext(): Promise<string | undefined> {
    if (this.running) return undefined;
    const job = this.queue.shift();
    if (!job) return undefined;
    this.running = true;
    try {
      const reading = await waitForSprayWindow(job);
      const { tailNumber, pilot } = await hangar.assignAircraft(job.id);
      dispatchLog.record('dispatched', {
        jobId: job.id,
        tailNumber,
        pilot,
        heading: (reading.directionDeg + 90) % 360,
      });
      await hangar.release(tailNumber);
      return job.id;
    } finally {
      this.running = false;
    }
  }

  pending(): readonly SprayJob[] {
    return this.queue;
  }
}
