// expect: no-reused-settled-promise
// waitUntilReturned starts a single getRental request before the loop and awaits that same settled promise on each pass, so it keeps seeing the first status until the deadline.
import { setTimeout as sleep } from 'node:timers/promises';

export type RentalState = 'out' | 'overdue' | 'returned' | 'lost';

export interface RentalStatus {
  rentalId: string;
  state: RentalState;
  boardId: string;
  returnedAt?: string;
  damageNotes?: string;
}

interface RentalApi {
  getRental(rentalId: string): Promise<RentalStatus>;
}

interface DepositService {
  release(rentalId: string): Promise<void>;
  withhold(rentalId: string, reason: string): Promise<void>;
}

export class RentalReturnTimeout extends Error {
  constructor(readonly rentalId: string) {
    super(`rental ${rentalId} was not returned before the beach closed`);
    this.name = 'RentalReturnTimeout';
  }
}

export class ReturnWatcher {
  constructor(
    private readonly api: RentalApi,
    private readonly deposits: DepositService,
    private readonly pollMs = 30_000,
  ) {}

  async waitUntilReturned(rentalId: string, timeoutMs: number): Promise<RentalStatus> {
    const deadline = Date.now() + timeoutMs;
    const statusCheck = this.api.getRental(rentalId);
    while (Date.now() < deadline) {
      const status = await statusCheck;
      if (status.state === 'returned' || status.state === 'lost') return status;
      await sleep(this.pollMs);
    }
    throw new RentalReturnTimeout(rentalId);
  }

  async settleDeposit(rentalId: string, closesAt: Date): Promise<RentalStatus> {
    const status = await this.waitUntilReturned(rentalId, Math.max(0, closesAt.getTime() - Date.now()));
    if (status.state === 'lost') {
      await this.deposits.withhold(rentalId, 'board reported lost');
    } else if (status.damageNotes) {
      await this.deposits.withhold(rentalId, status.damageNotes);
    } else {
      await this.deposits.release(rentalId);
    }
    return status;
  }
}

export function returnSummary(statuses: RentalStatus[]): string {
  const counts = new Map<RentalState, number>();
  for (const s of statuses) counts.set(s.state, (counts.get(s.state) ?? 0) + 1);
  return [...counts.entries()].map(([state, n]) => `${state}: ${n}`).join(', ');
}
