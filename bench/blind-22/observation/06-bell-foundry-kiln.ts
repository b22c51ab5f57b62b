// expect: none
// Telemetry pushes are deliberately fire-and-forget but each has a .catch attached immediately; the interval callback is synchronous.
import { EventEmitter } from 'node:events';

export interface KilnSample {
  kilnId: string;
  celsius: number;
  at: number;
}

declare const telemetry: {
  push(sample: KilnSample): Promise<void>;
};

declare const thermocouple: {
  read(kilnId: string): number;
};

// Bronze for bell metal pours at roughly 1100-1150 °C.
const POUR_WINDOW: readonly [number, number] = [1100, 1150];

export class KilnMonitor extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private lastSample: KilnSample | undefined;
  private dropped = 0;

  constructor(
    private readonly kilnId: string,
    private readonly intervalMs = 2_000,
  ) {
    super();
    this.on('sample', (sample: KilnSample) => this.forward(sample));
  }

  get droppedSamples(): number {
    return this.dropped;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private tick(): void {
    const sample: KilnSample = {
      kilnId: this.kilnId,
      celsius: thermocouple.read(this.kilnId),
      at: Date.now(),
    };
    const previous = this.lastSample;
    this.lastSample = sample;
    this.emit('sample', sample);

    const [low, high] = POUR_WINDOW;
    const inWindow = sample.celsius >= low && sample.celsius <= high;
    const wasInWindow = previous !== undefined && previous.celsius >= low && previous.celsius <= high;
    if (inWindow && !wasInWindow) {
      this.emit('ready-to-pour', sample);
    } else if (!inWindow && wasInWindow) {
      this.emit('left-window', sample);
    }
  }

  private forward(sample: KilnSample): void {
    // Dashboard only; a missed sample must never hold up the pour.
    telemetry.push(sample).catch((err: unknown) => {
      this.dropped += 1;
      this.emit('telemetry-error', err);
    });
  }
}
