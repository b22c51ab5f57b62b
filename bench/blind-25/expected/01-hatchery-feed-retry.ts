// expect: no-reused-settled-promise
// withRetry is handed an already-started dispense() promise and re-awaits that same settled promise on every attempt, so a failed feed command is never re-sent.
import { setTimeout as delay } from 'node:timers/promises';
import { EventEmitter } from 'node:events';

export type PelletSize = 'fry' | 'fingerling' | 'smolt';

export interface FeedCommand {
  tankId: string;
  grams: number;
  pelletSize: PelletSize;
}

export interface FeedAck {
  tankId: string;
  dispensedGrams: number;
  at: number;
}

declare const feederBus: {
  dispense(cmd: FeedCommand): Promise<FeedAck>;
  hopperLevel(tankId: string): Promise<number>;
};

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  onRetry?: (attempt: number, err: unknown) => void;
}

export async function withRetry<T>(operation: Promise<T>, opts: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    try {
      return await operation;
    } catch (err) {
      lastError = err;
      opts.onRetry?.(attempt, err);
      if (attempt < opts.attempts) {
        await delay(opts.baseDelayMs * 2 ** (attempt - 1));
      }
    }
  }
  throw lastError;
}

export class FeedScheduler extends EventEmitter {
  private readonly log: FeedAck[] = [];

  constructor(private readonly minHopperGrams = 500) {
    super();
  }

  async runRound(commands: FeedCommand[]): Promise<FeedAck[]> {
    const acks: FeedAck[] = [];
    for (const cmd of commands) {
      const level = await feederBus.hopperLevel(cmd.tankId);
      if (level < this.minHopperGrams) {
        this.emit('hopper-low', cmd.tankId, level);
        continue;
      }

      try {
        const ack = await withRetry(feederBus.dispense(cmd), {
          attempts: 4,
          baseDelayMs: 250,
          onRetry: (attempt, err) => this.emit('retry', cmd.tankId, attempt, err),
        });
        acks.push(ack);
        this.log.push(ack);
        this.emit('fed', ack);
      } catch (err) {
        this.emit('feed-failed', cmd.tankId, err);
      }
    }
    return acks;
  }

  totalDispensed(tankId: string, sinceMs: number): number {
    return this.log
      .filter((a) => a.tankId === tankId && a.at >= sinceMs)
      .reduce((sum, a) => sum + a.dispensedGrams, 0);
  }
}
