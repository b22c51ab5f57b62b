// expect: none
// The retry loop checks for an AbortError first and rethrows it as-is, only retrying genuine conservation-API failures, and the backoff sleep is cancellable through the same signal.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RepairTicket {
  ticketId: string;
  shelfmark: string;
  treatment: 'reback' | 'rebind' | 'board-reattach' | 'guard-leaves';
  priority: 1 | 2 | 3;
}

export interface ConservationApi {
  claim(bench: string, opts: { signal?: AbortSignal }): Promise<RepairTicket | null>;
  complete(ticketId: string, notes: string, opts: { signal?: AbortSignal }): Promise<void>;
}

export type RepairHandler = (ticket: RepairTicket, signal: AbortSignal) => Promise<string>;

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export class SpineRepairQueue {
  private completed = 0;

  constructor(
    private readonly api: ConservationApi,
    private readonly bench: string,
    private readonly maxAttempts = 3,
  ) {}

  async work(handler: RepairHandler, signal: AbortSignal): Promise<number> {
    while (!signal.aborted) {
      const ticket = await this.withRetry(() => this.api.claim(this.bench, { signal }), signal);
      if (!ticket) {
        await sleep(30_000, undefined, { signal });
        continue;
      }
      const notes = await handler(ticket, signal);
      await this.withRetry(() => this.api.complete(ticket.ticketId, notes, { signal }), signal);
      this.completed++;
    }
    return this.completed;
  }

  private async withRetry<T>(op: () => Promise<T>, signal: AbortSignal): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await op();
      } catch (err) {
        if (isAbortError(err)) throw err;
        if (attempt >= this.maxAttempts) throw err;
        await sleep(1000 * 2 ** attempt, undefined, { signal });
      }
    }
  }

  get completedCount(): number {
    return this.completed;
  }
}
