// expect: none
// Stored resolve/reject pairs are removed from the pending map before settling, so a late reply, the timeout and channel close can each settle a request at most once.
import { EventEmitter } from 'node:events';

export interface LoanRequest {
  loanId: string;
  artifactId: string;
  borrowingMuseum: string;
  insuranceValueEur: number;
  displayFrom: string;
  displayUntil: string;
}

export interface CourierReply {
  requestId: number;
  ok: boolean;
  crateId?: string;
  error?: string;
}

interface Pending {
  resolve(crateId: string): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
}

declare const registrarChannel: EventEmitter & {
  post(message: { requestId: number; type: 'seal-crate'; loan: LoanRequest }): void;
};

export class CrateSealingClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly timeoutMs = 30_000) {
    registrarChannel.on('reply', (reply: CourierReply) => this.onReply(reply));
    registrarChannel.on('close', () => this.failAll(new Error('registrar channel closed')));
  }

  sealCrate(loan: LoanRequest): Promise<string> {
    const requestId = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.pending.delete(requestId)) {
          reject(new Error(`crate sealing for loan ${loan.loanId} timed out`));
        }
      }, this.timeoutMs);
      this.pending.set(requestId, { resolve, reject, timer });
      try {
        registrarChannel.post({ requestId, type: 'seal-crate', loan });
      } catch (err) {
        this.pending.delete(requestId);
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  get inFlight(): number {
    return this.pending.size;
  }

  private onReply(reply: CourierReply): void {
    const entry = this.pending.get(reply.requestId);
    if (!entry) return;
    this.pending.delete(reply.requestId);
    clearTimeout(entry.timer);
    if (reply.ok && reply.crateId) {
      entry.resolve(reply.crateId);
    } else {
      entry.reject(new Error(reply.error ?? 'registrar refused to seal crate'));
    }
  }

  private failAll(err: Error): void {
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.reject(err);
    }
  }
}

export function validateLoan(loan: LoanRequest): string[] {
  const problems: string[] = [];
  if (loan.insuranceValueEur <= 0) problems.push('insurance value must be positive');
  if (loan.displayUntil <= loan.displayFrom) problems.push('display period is empty');
  const months =
    (Date.parse(loan.displayUntil) - Date.parse(loan.displayFrom)) / (1000 * 60 * 60 * 24 * 30);
  if (months > 18) problems.push('loans longer than 18 months need board approval');
  return problems;
}

export async function dispatchLoans(client: CrateSealingClient, loans: LoanRequest[]): Promise<Record<string, string>> {
  const crates: Record<string, string> = {};
  for (const loan of loans) {
    const problems = validateLoan(loan);
    if (problems.length > 0) {
      throw new Error(`loan ${loan.loanId} rejected: ${problems.join('; ')}`);
    }
    crates[loan.loanId] = await client.sealCrate(loan);
  }
  return crates;
}
