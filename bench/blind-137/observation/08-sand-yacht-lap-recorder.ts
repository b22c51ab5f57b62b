// expect: none
// The transponder listener is synchronous and attaches a .catch to the recordLap promise, so storage failures are logged rather than left unhandled.
import { EventEmitter } from 'node:events';

export interface LapPing {
  sailNumber: string;
  lap: number;
  at: number;
  gate: 'start' | 'windward' | 'leeward';
}

export interface LapStore {
  insert(row: { sailNumber: string; lap: number; lapMs: number }): Promise<void>;
}

export interface Logger {
  error(message: string, meta?: Record<string, unknown>): void;
}

export class Transponder extends EventEmitter {
  ping(p: LapPing): void {
    this.emit('lap', p);
  }
}

export class LapRecorder {
  private readonly lastStart = new Map<string, number>();
  private readonly best = new Map<string, number>();

  constructor(
    private readonly store: LapStore,
    private readonly log: Logger,
  ) {}

  listen(transponder: Transponder): void {
    transponder.on('lap', (ping: LapPing) => {
      if (ping.gate !== 'start') return;
      this.recordLap(ping).catch((err: unknown) => {
        this.log.error('failed to store lap', { sail: ping.sailNumber, lap: ping.lap, err });
      });
    });
  }

  bestLap(sailNumber: string): number | undefined {
    return this.best.get(sailNumber);
  }

  private async recordLap(ping: LapPing): Promise<void> {
    const previous = this.lastStart.get(ping.sailNumber);
    this.lastStart.set(ping.sailNumber, ping.at);
    if (previous === undefined) return;

    const lapMs = ping.at - previous;
    if (lapMs < 20_000) return;

    const best = this.best.get(ping.sailNumber);
    if (best === undefined || lapMs < best) this.best.set(ping.sailNumber, lapMs);

    await this.store.insert({ sailNumber: ping.sailNumber, lap: ping.lap - 1, lapMs });
  }
}
