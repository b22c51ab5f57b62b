// expect: none
// withRetry receives a function and calls it again on every attempt, so each retry sends a fresh PLC command instead of re-awaiting the failed one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PlcClient {
  command(chamber: number, action: string): Promise<{ ack: string; tookMs: number }>;
  readPosition(chamber: number, paddle: string): Promise<number>;
}

export interface RetryOptions {
  attempts: number;
  delayMs: number;
  retryIf?: (err: unknown) => boolean;
}

export async function withRetry<T>(op: () => Promise<T>, opts: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await op();
    } catch (err) {
      const retryable = opts.retryIf ? opts.retryIf(err) : true;
      if (!retryable || attempt >= opts.attempts) throw err;
      await sleep(opts.delayMs * attempt);
    }
  }
}

const isTransient = (err: unknown) => err instanceof Error && /timeout|busy|ECONNRESET/i.test(err.message);

export class SluiceOperator {
  constructor(
    private readonly plc: PlcClient,
    private readonly retry: RetryOptions = { attempts: 4, delayMs: 750, retryIf: isTransient },
  ) {}

  async raisePaddles(chamber: number, paddles: string[]): Promise<Record<string, number>> {
    const positions: Record<string, number> = {};
    for (const paddle of paddles) {
      await withRetry(() => this.plc.command(chamber, `raise ${paddle}`), this.retry);
      positions[paddle] = await withRetry(() => this.plc.readPosition(chamber, paddle), this.retry);
    }
    return positions;
  }

  async dropAll(chamber: number, paddles: string[]): Promise<void> {
    for (const paddle of paddles) {
      const result = await withRetry(() => this.plc.command(chamber, `drop ${paddle}`), {
        ...this.retry,
        attempts: this.retry.attempts * 2,
      });
      if (result.ack !== 'OK') throw new Error(`paddle ${paddle} on chamber ${chamber} answered ${result.ack}`);
    }
  }

  async paddlesClosed(chamber: number, paddles: string[]): Promise<boolean> {
    const positions = await Promise.all(
      paddles.map((p) => withRetry(() => this.plc.readPosition(chamber, p), this.retry)),
    );
    return positions.every((pos) => pos <= 0.02);
  }
}
