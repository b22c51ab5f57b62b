// expect: no-multiple-settle
// measurePipe never clears its timeout when a stable pitch arrives, so the timer fires later, rejects the already-resolved promise and stops the microphone in the middle of the next pipe's measurement.
import { EventEmitter } from 'node:events';

export interface PitchReading {
  hz: number;
  cents: number;
  confidence: number;
}

export interface PipeSpec {
  rank: string;
  note: string;
  targetHz: number;
}

export class Microphone extends EventEmitter {
  private active = false;

  start(channel: number): void {
    this.active = true;
    this.emit('ready', channel);
  }

  stop(): void {
    this.active = false;
    this.emit('stopped');
  }

  get listening(): boolean {
    return this.active;
  }
}

export interface TuningResult {
  pipe: PipeSpec;
  measuredHz: number;
  offsetCents: number;
  needsAdjustment: boolean;
}

export class OrganTuner {
  constructor(
    private readonly mic: Microphone,
    private readonly timeoutMs = 4000,
    private readonly toleranceCents = 2,
  ) {}

  measurePipe(pipe: PipeSpec, channel: number): Promise<PitchReading> {
    return new Promise<PitchReading>((resolve, reject) => {
      const onPitch = (reading: PitchReading) => {
        if (reading.confidence < 0.8) return;
        this.mic.off('pitch', onPitch);
        this.mic.off('error', onError);
        this.mic.stop();
        resolve(reading);
      };
      const onError = (err: Error) => {
        clearTimeout(timer);
        this.mic.off('pitch', onPitch);
        this.mic.stop();
        reject(err);
      };
      const timer = setTimeout(() => {
        this.mic.off('pitch', onPitch);
        this.mic.off('error', onError);
        this.mic.stop();
        reject(new Error(`no stable pitch for ${pipe.rank} ${pipe.note} within ${this.timeoutMs}ms`));
      }, this.timeoutMs);

      this.mic.on('pitch', onPitch);
      this.mic.once('error', onError);
      this.mic.start(channel);
    });
  }

  async tuneRank(pipes: PipeSpec[], channel: number): Promise<TuningResult[]> {
    const results: TuningResult[] = [];
    for (const pipe of pipes) {
      const reading = await this.measurePipe(pipe, channel);
      const offsetCents = 1200 * Math.log2(reading.hz / pipe.targetHz);
      results.push({
        pipe,
        measuredHz: reading.hz,
        offsetCents: Math.round(offsetCents * 10) / 10,
        needsAdjustment: Math.abs(offsetCents) > this.toleranceCents,
      });
    }
    return results;
  }
}
