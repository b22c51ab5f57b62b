// expect: none
// Each deferred is removed from the map and its timer cleared before it is settled, so a late decision or a late timeout finds nothing to settle again.
import { EventEmitter } from 'node:events';

export type Winner = 'east' | 'west';

export interface BoutDecision {
  boutId: string;
  winner: Winner;
  kimarite: string;
  monoii: boolean;
}

interface JudgeSignal {
  boutId: string;
  winner?: Winner;
  kimarite?: string;
  monoii?: boolean;
  voided?: boolean;
}

interface Waiting {
  resolve: (decision: BoutDecision) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class BoutDecisionDesk {
  private readonly waiting = new Map<string, Waiting>();

  constructor(
    private readonly judges: EventEmitter,
    private readonly decisionTimeoutMs = 120_000,
  ) {
    this.judges.on('decision', (signal: JudgeSignal) => this.settle(signal));
  }

  awaitDecision(boutId: string): Promise<BoutDecision> {
    if (this.waiting.has(boutId)) {
      return Promise.reject(new Error(`bout ${boutId} already has a pending decision`));
    }
    const { promise, resolve, reject } = Promise.withResolvers<BoutDecision>();
    const timer = setTimeout(() => {
      if (this.waiting.get(boutId)?.timer !== timer) return;
      this.waiting.delete(boutId);
      reject(new Error(`no decision for bout ${boutId} after ${this.decisionTimeoutMs} ms`));
    }, this.decisionTimeoutMs);
    this.waiting.set(boutId, { resolve, reject, timer });
    return promise;
  }

  private settle(signal: JudgeSignal): void {
    const entry = this.waiting.get(signal.boutId);
    if (!entry) return;
    this.waiting.delete(signal.boutId);
    clearTimeout(entry.timer);

    if (signal.voided || !signal.winner) {
      entry.reject(new Error(`bout ${signal.boutId} was voided by the shimpan`));
      return;
    }
    entry.resolve({
      boutId: signal.boutId,
      winner: signal.winner,
      kimarite: signal.kimarite ?? 'unknown',
      monoii: signal.monoii ?? false,
    });
  }

  abandonAll(reason: string): void {
    const entries = [...this.waiting.entries()];
    this.waiting.clear();
    for (const [boutId, entry] of entries) {
      clearTimeout(entry.timer);
      entry.reject(new Error(`bout ${boutId}: ${reason}`));
    }
  }

  get pendingCount(): number {
    return this.waiting.size;
  }
}
