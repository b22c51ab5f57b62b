// expect: no-multiple-settle
// The confirm path resolves the deferred and deletes the entry but never clears its timeout, so the stale timer still fires reject on an already-resolved hold.
import { EventEmitter } from 'node:events';

export interface HoldConfirmation {
  holdId: string;
  sailingId: string;
  seats: string[];
  expiresAt: number;
}

interface HoldMessage {
  type: 'hold-confirmed' | 'hold-refused';
  holdId: string;
  sailingId: string;
  seats?: string[];
  expiresAt?: number;
  reason?: string;
}

export interface ReservationChannel extends EventEmitter {
  send(payload: { op: 'hold'; holdId: string; sailingId: string; seats: string[] }): void;
}

interface PendingHold {
  resolve: (value: HoldConfirmation) => void;
  reject: (reason: Error) => void;
  timer: NodeJS.Timeout;
}

export class SeatHoldBroker {
  private readonly pending = new Map<string, PendingHold>();
  private sequence = 0;

  constructor(
    private readonly channel: ReservationChannel,
    private readonly holdTimeoutMs = 8000,
  ) {
    this.channel.on('message', (msg: HoldMessage) => this.onMessage(msg));
  }

  requestHold(sailingId: string, seats: string[]): Promise<HoldConfirmation> {
    const holdId = `hold-${Date.now().toString(36)}-${++this.sequence}`;
    const { promise, resolve, reject } = Promise.withResolvers<HoldConfirmation>();

    const timer = setTimeout(() => {
      this.pending.delete(holdId);
      reject(new Error(`no answer for seat hold ${holdId} on sailing ${sailingId}`));
    }, this.holdTimeoutMs);

    this.pending.set(holdId, { resolve, reject, timer });
    this.channel.send({ op: 'hold', holdId, sailingId, seats });
    return promise;
  }

  get outstanding(): number {
    return this.pending.size;
  }

  private onMessage(msg: HoldMessage): void {
    const entry = this.pending.get(msg.holdId);
    if (!entry) return;

    if (msg.type === 'hold-refused') {
      clearTimeout(entry.timer);
      this.pending.delete(msg.holdId);
      entry.reject(new Error(`hold ${msg.holdId} refused: ${msg.reason ?? 'unknown reason'}`));
      return;
    }

    this.pending.delete(msg.holdId);
    entry.resolve({
      holdId: msg.holdId,
      sailingId: msg.sailingId,
      seats: msg.seats ?? [],
      expiresAt: msg.expiresAt ?? Date.now() + 10 * 60_000,
    });
  }

  cancelAll(reason = 'broker shutting down'): void {
    for (const [holdId, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(new Error(`${reason} (hold ${holdId})`));
    }
    this.pending.clear();
  }
}
