// expect: none
// Properties written in event callbacks are read only after once() has resolved or from later callbacks, never synchronously after registration.
import { once } from 'node:events';
import type { EventEmitter } from 'node:events';

export interface PressInfo {
  serial: string;
  clamps: number;
  maxKPa: number;
}

export interface ClampSample {
  clampId: string;
  kPa: number;
  tempC: number;
}

export interface GlueJob {
  instrument: 'guitar' | 'mandolin' | 'violin';
  joint: 'bridge' | 'brace' | 'binding';
  holdMinutes: number;
  targetKPa: number;
}

declare const shopLog: { info(msg: string, data?: Record<string, unknown>): void };

export class GluePressSession {
  private info: PressInfo | undefined;
  private peakKPa = 0;
  private samples = 0;
  private summary: { peakKPa: number; samples: number } | undefined;

  constructor(private readonly press: EventEmitter) {}

  async open(signal: AbortSignal): Promise<PressInfo> {
    this.press.on('sample', (sample: ClampSample) => {
      this.samples += 1;
      this.peakKPa = Math.max(this.peakKPa, sample.kPa);
    });
    this.press.on('released', () => {
      this.summary = { peakKPa: this.peakKPa, samples: this.samples };
      shopLog.info('press released', this.summary);
    });

    const [info] = (await once(this.press, 'ready', { signal })) as [PressInfo];
    this.info = info;
    return info;
  }

  async run(job: GlueJob, signal: AbortSignal): Promise<{ peakKPa: number; samples: number }> {
    if (!this.info) throw new Error('Press session not opened');
    if (job.targetKPa > this.info.maxKPa) {
      throw new Error(`${job.joint} joint needs ${job.targetKPa}kPa; press ${this.info.serial} tops out at ${this.info.maxKPa}`);
    }

    this.summary = undefined;
    this.peakKPa = 0;
    this.samples = 0;
    this.press.emit('clamp', { kPa: job.targetKPa, holdMinutes: job.holdMinutes });
    await once(this.press, 'released', { signal });

    return this.summary ?? { peakKPa: this.peakKPa, samples: this.samples };
  }
}

export function holdMinutesFor(job: Omit<GlueJob, 'holdMinutes'>, shopTempC: number): number {
  const base = job.joint === 'bridge' ? 45 : job.joint === 'brace' ? 30 : 20;
  const coldPenalty = shopTempC < 20 ? Math.round((20 - shopTempC) * 2) : 0;
  return base + coldPenalty;
}
