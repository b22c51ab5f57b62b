// expect: none
// The timer callbacks start async work but attach .catch immediately, and the NTP sync promise kept on the instance has its rejection handler attached when it is created.
import { EventEmitter } from 'node:events';

export interface ChimePlan {
  hour: number;
  strikes: number;
  quarterMelody: 'westminster' | 'whittington' | 'none';
}

declare const bellHammer: {
  strike(bell: number, count: number, intervalMs: number): Promise<void>;
  playMelody(name: string, quarter: 1 | 2 | 3 | 4): Promise<void>;
};

declare const ntp: {
  offsetMs(server: string): Promise<number>;
};

export class ChimeScheduler extends EventEmitter {
  private tick: NodeJS.Timeout | null = null;
  private offsetMs = 0;
  private lastQuarter = -1;
  private sync: Promise<void> = Promise.resolve();

  constructor(private readonly melody: ChimePlan['quarterMelody'], private readonly ntpServer: string) {
    super();
  }

  start(): void {
    this.resync();
    this.tick = setInterval(() => {
      const plan = this.due(new Date(Date.now() + this.offsetMs));
      if (!plan) return;
      this.ring(plan).catch((err: unknown) => this.emit('fault', err));
    }, 1_000);
  }

  stop(): Promise<void> {
    if (this.tick) clearInterval(this.tick);
    this.tick = null;
    return this.sync;
  }

  private resync(): void {
    this.sync = ntp.offsetMs(this.ntpServer).then(
      (offset) => {
        // a tower clock that is more than a minute out needs a human, not a silent jump
        if (Math.abs(offset) > 60_000) this.emit('drift', offset);
        else this.offsetMs = offset;
      },
      (err: unknown) => {
        this.emit('fault', err);
      },
    );
  }

  private due(now: Date): ChimePlan | null {
    const quarter = Math.floor(now.getMinutes() / 15);
    const key = now.getHours() * 4 + quarter;
    if (key === this.lastQuarter || now.getMinutes() % 15 !== 0) return null;
    this.lastQuarter = key;
    const hour = now.getHours() % 12 || 12;
    return { hour, strikes: quarter === 0 ? hour : 0, quarterMelody: this.melody };
  }

  private async ring(plan: ChimePlan): Promise<void> {
    const quarter = (Math.floor(new Date().getMinutes() / 15) || 4) as 1 | 2 | 3 | 4;
    if (plan.quarterMelody !== 'none') {
      await bellHammer.playMelody(plan.quarterMelody, quarter);
    }
    if (plan.strikes > 0) {
      await bellHammer.strike(1, plan.strikes, 2_500);
    }
    if (plan.hour === 12 && plan.strikes > 0) {
      this.resync();
    }
  }
}
