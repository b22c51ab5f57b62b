// expect: no-multiple-settle
// The executor is async and awaits the reference pitch before subscribing, so if that lookup rejects nothing ever settles the tuning promise.
import { EventEmitter } from 'node:events';

export interface PitchReading {
  instrument: string;
  keyIndex: number;
  hz: number;
}

export interface TuningSnapshot {
  ensembleId: string;
  laras: 'slendro' | 'pelog';
  deviationsCents: Record<string, number>;
}

export interface PitchStore {
  referencePitch(ensembleId: string, laras: 'slendro' | 'pelog'): Promise<Record<string, number>>;
}

function cents(measured: number, reference: number): number {
  return 1200 * Math.log2(measured / reference);
}

export class TuningSession {
  constructor(
    private readonly meter: EventEmitter,
    private readonly store: PitchStore,
    private readonly toleranceCents = 12,
  ) {}

  measure(ensembleId: string, laras: 'slendro' | 'pelog', instruments: string[], timeoutMs = 120_000): Promise<TuningSnapshot> {
    return new Promise<TuningSnapshot>(async (resolve, reject) => {
      const reference = await this.store.referencePitch(ensembleId, laras);
      const deviations: Record<string, number> = {};

      const onReading = (reading: PitchReading) => {
        const ref = reference[`${reading.instrument}:${reading.keyIndex}`];
        if (ref === undefined) return;
        deviations[reading.instrument] = cents(reading.hz, ref);
        const complete = instruments.every((name) => deviations[name] !== undefined);
        if (!complete) return;
        cleanup();
        resolve({ ensembleId, laras, deviationsCents: { ...deviations } });
      };
      const onMeterError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const timer = setTimeout(() => {
        cleanup();
        const missing = instruments.filter((name) => deviations[name] === undefined);
        reject(new Error(`no reading from ${missing.join(', ')} within ${timeoutMs}ms`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.meter.off('reading', onReading);
        this.meter.off('error', onMeterError);
      };

      this.meter.on('reading', onReading);
      this.meter.on('error', onMeterError);
    });
  }

  outOfTune(snapshot: TuningSnapshot): string[] {
    return Object.entries(snapshot.deviationsCents)
      .filter(([, dev]) => Math.abs(dev) > this.toleranceCents)
      .map(([instrument]) => instrument);
  }
}
