// expect: none
// The audit write is a deliberate fire-and-forget, but its rejection is handled with .catch right at the call, so no promise is left floating.
import { EventEmitter } from 'node:events';

export type TicketClass = 'foot' | 'bicycle' | 'car' | 'freight';

export interface Ticket {
  id: string;
  sailingId: string;
  class: TicketClass;
  validUntil: Date;
}

export interface GateDecision {
  ticketId: string;
  gate: string;
  allowed: boolean;
  reason?: string;
}

declare const ticketCache: {
  lookup(ticketId: string): Ticket | undefined;
  markUsed(ticketId: string): void;
  wasUsed(ticketId: string): boolean;
};

declare const auditTrail: {
  record(decision: GateDecision & { at: string }): Promise<void>;
};

declare const log: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const GATE_CLASSES: Record<string, TicketClass[]> = {
  'foot-1': ['foot', 'bicycle'],
  'foot-2': ['foot'],
  'vehicle-1': ['car', 'freight'],
};

export class FerryGate extends EventEmitter {
  private boardingSailing: string | null = null;

  constructor(readonly gateId: string) {
    super();
  }

  openBoarding(sailingId: string): void {
    this.boardingSailing = sailingId;
    this.emit('boarding', sailingId);
  }

  closeBoarding(): void {
    this.boardingSailing = null;
  }

  present(ticketId: string, now = new Date()): GateDecision {
    const decision = this.decide(ticketId, now);
    if (decision.allowed) {
      ticketCache.markUsed(ticketId);
      this.emit('open', ticketId);
    }

    auditTrail.record({ ...decision, at: now.toISOString() }).catch((err: unknown) => {
      log.warn('gate audit write failed', { gate: this.gateId, ticketId, err });
    });

    return decision;
  }

  private decide(ticketId: string, now: Date): GateDecision {
    const base = { ticketId, gate: this.gateId };
    const ticket = ticketCache.lookup(ticketId);
    if (!ticket) return { ...base, allowed: false, reason: 'unknown ticket' };
    if (this.boardingSailing === null) return { ...base, allowed: false, reason: 'boarding closed' };
    if (ticket.sailingId !== this.boardingSailing) return { ...base, allowed: false, reason: 'wrong sailing' };
    if (ticket.validUntil < now) return { ...base, allowed: false, reason: 'expired' };
    if (ticketCache.wasUsed(ticketId)) return { ...base, allowed: false, reason: 'already used' };
    if (!(GATE_CLASSES[this.gateId] ?? []).includes(ticket.class)) {
      return { ...base, allowed: false, reason: `${ticket.class} tickets use another gate` };
    }
    return { ...base, allowed: true };
  }
}
