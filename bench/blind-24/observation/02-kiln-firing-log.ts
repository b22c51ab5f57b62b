// expect: no-floating-promises
// The async 'segment' listener returns a promise EventEmitter ignores, so a failed log write or glazier notification rejects unobserved.
import { EventEmitter } from 'node:events';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface FiringSegment {
  kilnId: string;
  index: number;
  targetCelsius: number;
  actualCelsius: number;
  holdMinutes: number;
  isPeak: boolean;
}

declare const glazierPager: {
  notify(glazierId: string, message: string): Promise<void>;
};

export class KilnController extends EventEmitter {
  private segmentIndex = 0;

  constructor(readonly kilnId: string) {
    super();
  }

  reportSegment(targetCelsius: number, actualCelsius: number, holdMinutes: number, isPeak = false): void {
    const segment: FiringSegment = {
      kilnId: this.kilnId,
      index: this.segmentIndex++,
      targetCelsius,
      actualCelsius,
      holdMinutes,
      isPeak,
    };
    this.emit('segment', segment);
  }

  finish(): void {
    this.emit('complete', this.kilnId);
  }
}

export class FiringLog {
  private readonly logPath: string;
  private peakReached = false;

  constructor(
    private readonly kiln: KilnController,
    logDir: string,
    private readonly glazierId: string,
  ) {
    this.logPath = join(logDir, `${kiln.kilnId}-${new Date().toISOString().slice(0, 10)}.csv`);
  }

  attach(): void {
    this.kiln.on('segment', async (segment: FiringSegment) => {
      const drift = segment.actualCelsius - segment.targetCelsius;
      const row = [
        new Date().toISOString(),
        segment.index,
        segment.targetCelsius,
        segment.actualCelsius,
        drift.toFixed(1),
        segment.holdMinutes,
      ].join(',');
      await appendFile(this.logPath, row + '\n', 'utf8');

      if (segment.isPeak && !this.peakReached) {
        this.peakReached = true;
        await glazierPager.notify(
          this.glazierId,
          `Kiln ${segment.kilnId} at peak ${segment.actualCelsius}°C; flashed glass ready to soak for ${segment.holdMinutes} min`,
        );
      }
    });

    this.kiln.once('complete', () => {
      this.peakReached = false;
    });
  }
}
