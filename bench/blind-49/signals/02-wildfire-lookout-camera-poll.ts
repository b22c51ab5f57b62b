// expect: require-signal-propagation
// The poll loop hands the signal to fetch but not to the timers/promises sleep, so an abort waits out the full (possibly minutes-long) interval.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CameraFrame {
  towerId: string;
  panDegrees: number;
  capturedAt: string;
  smokeScore: number;
}

export interface Detection {
  towerId: string;
  bearing: number;
  score: number;
  firstSeen: Date;
  confirmations: number;
}

declare const dispatchQueue: {
  raise(detection: Detection): Promise<void>;
};

const CONFIRMATIONS_REQUIRED = 3;
const SMOKE_THRESHOLD = 0.72;

function bearingBucket(panDegrees: number): number {
  return Math.round(panDegrees / 5) * 5 % 360;
}

export class LookoutCameraWatcher {
  private readonly candidates = new Map<number, Detection>();
  private raised = new Set<number>();

  constructor(
    private readonly towerId: string,
    private readonly cameraUrl: string,
    private readonly intervalMs = 30_000,
  ) {}

  private async latestFrames(signal: AbortSignal): Promise<CameraFrame[]> {
    const res = await fetch(`${this.cameraUrl}/frames?since=${Date.now() - this.intervalMs}`, { signal });
    if (!res.ok) throw new Error(`camera ${this.towerId} returned ${res.status}`);
    return (await res.json()) as CameraFrame[];
  }

  private track(frames: CameraFrame[]): Detection[] {
    const ready: Detection[] = [];
    const seenBuckets = new Set<number>();
    for (const frame of frames) {
      if (frame.smokeScore < SMOKE_THRESHOLD) continue;
      const bucket = bearingBucket(frame.panDegrees);
      seenBuckets.add(bucket);
      const existing = this.candidates.get(bucket) ?? {
        towerId: this.towerId,
        bearing: bucket,
        score: 0,
        firstSeen: new Date(frame.capturedAt),
        confirmations: 0,
      };
      existing.score = Math.max(existing.score, frame.smokeScore);
      existing.confirmations++;
      this.candidates.set(bucket, existing);
      if (existing.confirmations >= CONFIRMATIONS_REQUIRED && !this.raised.has(bucket)) {
        this.raised.add(bucket);
        ready.push(existing);
      }
    }
    for (const bucket of this.candidates.keys()) {
      if (!seenBuckets.has(bucket)) this.candidates.delete(bucket);
    }
    return ready;
  }

  async watch(signal: AbortSignal): Promise<number> {
    let raisedCount = 0;
    while (!signal.aborted) {
      const frames = await this.latestFrames(signal);
      for (const detection of this.track(frames)) {
        await dispatchQueue.raise(detection);
        raisedCount++;
      }
      await sleep(this.intervalMs);
    }
    return raisedCount;
  }

  resetRaised(): void {
    this.raised = new Set();
  }
}
