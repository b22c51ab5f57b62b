// expect: no-uncalled-async-function
// shutdown awaits this.outbox.flush without calling it, so the await finishes at once with the function object, the database closes with alerts still queued and the last burst of meteor notifications is silently lost.
import { EventEmitter } from 'node:events';

export interface MeteorAlert {
  shower: string;
  zhr: number;
  region: string;
  issuedAt: number;
}

export interface Outbox {
  enqueue(alert: MeteorAlert): void;
  flush(): Promise<number>;
  size(): number;
}

export interface AlertDb {
  save(alert: MeteorAlert): Promise<void>;
  close(): Promise<void>;
}

export interface ShowerFeed extends EventEmitter {
  stop(): void;
}

export class MeteorAlertService {
  private flushTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  readonly errors: unknown[] = [];

  constructor(
    private readonly feed: ShowerFeed,
    private readonly outbox: Outbox,
    private readonly db: AlertDb,
    private readonly minZhr = 40,
  ) {}

  start(flushEveryMs: number): void {
    this.feed.on('alert', this.onAlert);
    this.flushTimer = setInterval(() => {
      this.outbox.flush().catch((err: unknown) => this.errors.push(err));
    }, flushEveryMs);
  }

  private readonly onAlert = (alert: MeteorAlert): void => {
    if (this.stopped || alert.zhr < this.minZhr) return;
    this.outbox.enqueue(alert);
    this.db.save(alert).catch((err: unknown) => this.errors.push(err));
  };

  async shutdown(): Promise<{ pendingAtStop: number }> {
    this.stopped = true;
    this.feed.off('alert', this.onAlert);
    this.feed.stop();
    clearInterval(this.flushTimer);

    const pendingAtStop = this.outbox.size();
    await this.outbox.flush;
    await this.db.close();
    return { pendingAtStop };
  }
}
