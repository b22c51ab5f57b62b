// expect: no-multiple-settle
// waitForFinish detaches the fault listener when the rider completes the distance but leaves its own crossing listener attached, so every cool-down lap afterwards calls resolve again.
import type { EventEmitter } from 'node:events';

export interface LoopCrossing {
  transponderId: string;
  loopId: 'finish' | 'pursuit-a' | 'pursuit-b';
  timestampMs: number;
}

export interface FinishRecord {
  riderId: string;
  laps: number;
  elapsedMs: number;
  bestLapMs: number;
}

export interface TimingLoop extends EventEmitter {
  arm(loopId: LoopCrossing['loopId']): void;
}

export class RaceTimer {
  constructor(private readonly loop: TimingLoop) {}

  waitForFinish(riderId: string, laps: number): Promise<FinishRecord> {
    return new Promise<FinishRecord>((resolve, reject) => {
      let count = 0;
      let firstAt: number | undefined;
      let lastAt: number | undefined;
      let bestLapMs = Number.POSITIVE_INFINITY;

      const onCrossing = (c: LoopCrossing) => {
        if (c.transponderId !== riderId || c.loopId !== 'finish') return;
        if (firstAt === undefined) {
          firstAt = lastAt = c.timestampMs;
          return;
        }
        bestLapMs = Math.min(bestLapMs, c.timestampMs - (lastAt ?? firstAt));
        lastAt = c.timestampMs;
        count += 1;
        if (count >= laps) {
          this.loop.off('fault', onFault);
          resolve({ riderId, laps: count, elapsedMs: c.timestampMs - firstAt, bestLapMs });
        }
      };

      const onFault = (err: Error) => {
        this.loop.off('crossing', onCrossing);
        reject(new Error(`timing loop fault while timing ${riderId}: ${err.message}`));
      };

      this.loop.on('crossing', onCrossing);
      this.loop.once('fault', onFault);
      this.loop.arm('finish');
    });
  }

  async timeHeat(riderIds: string[], laps: number): Promise<FinishRecord[]> {
    const records = await Promise.all(riderIds.map((id) => this.waitForFinish(id, laps)));
    return records.sort((a, b) => a.elapsedMs - b.elapsedMs);
  }
}
