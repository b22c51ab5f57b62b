// expect: none
// The handler table deliberately stores bound method references, and each is called (`await handler(obs)`) before anything is yielded; the generator yields awaited results, not methods.
export type ObservationKind = 'calibrator' | 'target' | 'pointing-check';

export interface Observation {
  id: string;
  kind: ObservationKind;
  source: string;
  minutes: number;
  priority: number;
}

export interface ObservationResult {
  id: string;
  ok: boolean;
  notes: string;
}

interface ArrayControl {
  point(source: string): Promise<void>;
  integrate(minutes: number): Promise<{ snr: number }>;
  fitPointingModel(): Promise<{ rmsArcsec: number }>;
}

type Handler = (obs: Observation) => Promise<ObservationResult>;

/** Night queue for a small radio interferometer; runs observations in priority order. */
export class ObservationQueue {
  private readonly queue: Observation[] = [];
  private readonly handlers: Record<ObservationKind, Handler>;

  constructor(private readonly array: ArrayControl) {
    this.handlers = {
      calibrator: this.observeCalibrator.bind(this),
      target: this.observeTarget.bind(this),
      'pointing-check': this.checkPointing.bind(this),
    };
  }

  add(obs: Observation): void {
    this.queue.push(obs);
    this.queue.sort((a, b) => b.priority - a.priority);
  }

  async *run(): AsyncGenerator<ObservationResult> {
    while (this.queue.length > 0) {
      const obs = this.queue.shift()!;
      const handler = this.handlers[obs.kind];
      yield await handler(obs);
    }
  }

  private async observeCalibrator(obs: Observation): Promise<ObservationResult> {
    await this.array.point(obs.source);
    const { snr } = await this.array.integrate(obs.minutes);
    return { id: obs.id, ok: snr > 50, notes: `calibrator SNR ${snr.toFixed(0)}` };
  }

  private async observeTarget(obs: Observation): Promise<ObservationResult> {
    await this.array.point(obs.source);
    const { snr } = await this.array.integrate(obs.minutes);
    return { id: obs.id, ok: snr > 5, notes: snr > 5 ? `detected, SNR ${snr.toFixed(1)}` : 'non-detection' };
  }

  private async checkPointing(obs: Observation): Promise<ObservationResult> {
    const { rmsArcsec } = await this.array.fitPointingModel();
    return { id: obs.id, ok: rmsArcsec < 15, notes: `pointing rms ${rmsArcsec.toFixed(1)}"` };
  }
}

export async function runNight(queue: ObservationQueue, log: (line: string) => void): Promise<number> {
  let failures = 0;
  for await (const result of queue.run()) {
    if (!result.ok) failures++;
    log(`${result.id}: ${result.ok ? 'OK ' : 'BAD'} ${result.notes}`);
  }
  return failures;
}
