// expect: none
// Correct: the scan-or-timeout race runs both contenders on one controller that is aborted in finally, so the losing listener and timer are always torn down.
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface TicketScan {
  gateId: string;
  barcode: string;
  scannedAt: number;
}

export type GateOutcome =
  { kind: 'admitted'; scan: TicketScan } | { kind: 'rejected'; scan: TicketScan; reason: string } | { kind: 'idle' };

declare const ticketing: {
  validate(barcode: string, opts: { gateId: string; signal: AbortSignal }): Promise<{ ok: boolean; reason?: string }>;
};

export class TurnstileGate extends EventEmitter {
  private readonly admittedToday = new Set<string>();

  constructor(
    readonly gateId: string,
    private readonly idleAfterMs: number,
    private readonly unlock: (gateId: string) => Promise<void>,
  ) {
    super();
  }

  pushScan(barcode: string): void {
    this.emit('scan', { gateId: this.gateId, barcode, scannedAt: Date.now() } satisfies TicketScan);
  }

  private async nextScan(signal: AbortSignal): Promise<TicketScan | undefined> {
    const round = new AbortController();
    const linked = AbortSignal.any([signal, round.signal]);
    try {
      return await Promise.race([
        once(this, 'scan', { signal: linked }).then(([scan]) => scan as TicketScan),
        sleep(this.idleAfterMs, undefined, { signal: linked }),
      ]);
    } finally {
      round.abort();
    }
  }

  async serveOne(signal: AbortSignal): Promise<GateOutcome> {
    const scan = await this.nextScan(signal);
    if (!scan) return { kind: 'idle' };

    if (this.admittedToday.has(scan.barcode)) {
      return { kind: 'rejected', scan, reason: 'already admitted' };
    }

    const verdict = await ticketing.validate(scan.barcode, { gateId: this.gateId, signal });
    if (!verdict.ok) {
      return { kind: 'rejected', scan, reason: verdict.reason ?? 'invalid ticket' };
    }

    await this.unlock(this.gateId);
    this.admittedToday.add(scan.barcode);
    return { kind: 'admitted', scan };
  }

  async run(signal: AbortSignal, onOutcome: (outcome: GateOutcome) => void): Promise<void> {
    while (!signal.aborted) {
      onOutcome(await this.serveOne(signal));
    }
    signal.throwIfAborted();
  }
}
