// expect: no-multiple-settle
// approve() and deny() settle the stored deferred but never clear its expiry timer, so the timer later calls reject on a loan request that was already decided.
import { EventEmitter } from 'node:events';

export type LoanDecision =
  | { approved: true; curator: string; dueBack: Date }
  | { approved: false; curator: string; reason: string };

export interface LoanRequest {
  id: string;
  specimen: string;
  institution: string;
  requestedDays: number;
}

interface PendingLoan {
  request: LoanRequest;
  resolve: (decision: LoanDecision) => void;
  reject: (err: Error) => void;
}

export class LoanApprovalDesk extends EventEmitter {
  private readonly pending = new Map<string, PendingLoan>();

  constructor(private readonly expiryMs = 72 * 3_600_000) {
    super();
  }

  submit(request: LoanRequest): Promise<LoanDecision> {
    if (this.pending.has(request.id)) {
      return Promise.reject(new Error(`loan ${request.id} is already awaiting a curator`));
    }
    return new Promise<LoanDecision>((resolve, reject) => {
      this.pending.set(request.id, { request, resolve, reject });
      setTimeout(() => {
        this.pending.delete(request.id);
        reject(new Error(`loan ${request.id} for ${request.specimen} expired without a decision`));
      }, this.expiryMs);
      this.emit('submitted', request);
    });
  }

  approve(id: string, curator: string): void {
    const entry = this.take(id);
    const dueBack = new Date(Date.now() + entry.request.requestedDays * 86_400_000);
    entry.resolve({ approved: true, curator, dueBack });
    this.emit('decided', id, true);
  }

  deny(id: string, curator: string, reason: string): void {
    const entry = this.take(id);
    entry.resolve({ approved: false, curator, reason });
    this.emit('decided', id, false);
  }

  withdrawAll(reason: string): void {
    for (const [id, entry] of this.pending) {
      this.pending.delete(id);
      entry.reject(new Error(`loan ${id} withdrawn: ${reason}`));
    }
  }

  get openRequests(): LoanRequest[] {
    return [...this.pending.values()].map((p) => p.request);
  }

  private take(id: string): PendingLoan {
    const entry = this.pending.get(id);
    if (!entry) throw new Error(`no pending loan with id ${id}`);
    this.pending.delete(id);
    return entry;
  }
}

export async function requestSpecimen(desk: LoanApprovalDesk, request: LoanRequest): Promise<string> {
  const decision = await desk.submit(request);
  if (!decision.approved) {
    return `${request.specimen}: declined by ${decision.curator} (${decision.reason})`;
  }
  return `${request.specimen}: approved by ${decision.curator}, due back ${decision.dueBack.toISOString().slice(0, 10)}`;
}
