// expect: no-multiple-settle
// The grace-period timer is never cleared when the matching scan arrives, so it still fires later and calls reject on a promise that has already resolved.
import { EventEmitter } from 'node:events';

export interface BoardScan {
  boardId: string;
  station: string;
  condition: 'ok' | 'damaged' | 'missing-fins';
  scannedAt: Date;
}

export class ReturnOverdueError extends Error {
  constructor(readonly boardId: string, readonly graceMs: number) {
    super(`board ${boardId} was not scanned back within ${Math.round(graceMs / 60_000)} minutes`);
    this.name = 'ReturnOverdueError';
  }
}

export interface RentalLedger {
  markReturned(boardId: string, scan: BoardScan): Promise<void>;
  markOverdue(boardId: string): Promise<void>;
  chargeDamage(boardId: string, condition: BoardScan['condition']): Promise<number>;
}

export class ReturnDesk {
  constructor(
    private readonly scanner: EventEmitter,
    private readonly ledger: RentalLedger,
  ) {}

  waitForReturn(boardId: string, graceMs: number): Promise<BoardScan> {
    return new Promise<BoardScan>((resolve, reject) => {
      const onScan = (scan: BoardScan) => {
        if (scan.boardId !== boardId) return;
        this.scanner.off('scan', onScan);
        resolve(scan);
      };

      const timer = setTimeout(() => {
        this.scanner.off('scan', onScan);
        reject(new ReturnOverdueError(boardId, graceMs));
      }, graceMs);
      timer.unref();

      this.scanner.on('scan', onScan);
    });
  }

  async closeRental(boardId: string, graceMs: number): Promise<{ scan: BoardScan | null; damageCents: number }> {
    let scan: BoardScan;
    try {
      scan = await this.waitForReturn(boardId, graceMs);
    } catch (err) {
      if (err instanceof ReturnOverdueError) {
        await this.ledger.markOverdue(boardId);
        return { scan: null, damageCents: 0 };
      }
      throw err;
    }

    await this.ledger.markReturned(boardId, scan);
    const damageCents = scan.condition === 'ok' ? 0 : await this.ledger.chargeDamage(boardId, scan.condition);
    return { scan, damageCents };
  }
}

export function graceFor(rentalEndsAt: Date, now = new Date()): number {
  const base = 20 * 60_000;
  const remaining = rentalEndsAt.getTime() - now.getTime();
  return Math.max(base, remaining + base);
}
