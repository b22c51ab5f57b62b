// expect: none
// The status report is deliberately fire-and-forget from the timer callback, with a .catch attached right away so failures are logged.
import { EventEmitter } from 'node:events';

export type Visibility = 'clear' | 'haze' | 'fog' | 'dense-fog';

export interface FoghornConfig {
  stationId: string;
  blastMs: number;
  intervalMs: number;
  minVisibility: Visibility;
}

declare const coastguardLink: {
  reportSounding(stationId: string, at: Date, visibility: Visibility): Promise<void>;
};

declare const hornRelay: {
  energise(ms: number): void;
};

const SEVERITY: Record<Visibility, number> = { clear: 0, haze: 1, fog: 2, 'dense-fog': 3 };

export class FoghornScheduler extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private visibility: Visibility = 'clear';
  private soundings = 0;

  constructor(private readonly config: FoghornConfig) {
    super();
  }

  updateVisibility(reading: Visibility): void {
    const wasSounding = this.shouldSound();
    this.visibility = reading;
    if (!wasSounding && this.shouldSound()) this.start();
    if (wasSounding && !this.shouldSound()) this.stop();
  }

  get count(): number {
    return this.soundings;
  }

  private shouldSound(): boolean {
    return SEVERITY[this.visibility] >= SEVERITY[this.config.minVisibility];
  }

  private start(): void {
    if (this.timer) return;
    this.sound();
    this.timer = setInterval(() => this.sound(), this.config.intervalMs);
    this.emit('started', this.config.stationId);
  }

  stop(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.emit('stopped', this.config.stationId);
  }

  private sound(): void {
    hornRelay.energise(this.config.blastMs);
    this.soundings += 1;
    const at = new Date();

    // Reporting is best effort; the horn must keep its cadence regardless of the radio link.
    coastguardLink.reportSounding(this.config.stationId, at, this.visibility).catch((err: unknown) => {
      this.emit('report-failed', err);
    });
  }
}
