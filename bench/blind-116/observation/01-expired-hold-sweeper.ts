// expect: no-floating-promises
// Inside the sweep loop the async audit.record call is neither awaited nor handled, so a failed audit write becomes an unhandled rejection and the sweep reports success regardless.
export interface Hold {
  id: string;
  performanceId: string;
  seatIds: string[];
  expiresAt: Date;
  customerEmail?: string;
}

export interface HoldRepository {
  findExpired(now: Date, limit: number): Promise<Hold[]>;
  delete(holdId: string): Promise<void>;
}

export interface SeatMap {
  markAvailable(performanceId: string, seatIds: string[]): Promise<number>;
}

export interface AuditLog {
  record(entry: { kind: string; subject: string; detail: Record<string, unknown> }): Promise<void>;
}

export interface SweepReport {
  released: number;
  seatsFreed: number;
  startedAt: Date;
  finishedAt: Date;
}

export class ExpiredHoldSweeper {
  private running = false;

  constructor(
    private readonly holds: HoldRepository,
    private readonly seats: SeatMap,
    private readonly audit: AuditLog,
    private readonly batchSize = 200,
  ) {}

  async sweep(now = new Date()): Promise<SweepReport> {
    if (this.running) throw new Error('sweep already in progress');
    this.running = true;
    const report: SweepReport = { released: 0, seatsFreed: 0, startedAt: new Date(), finishedAt: new Date() };
    try {
      for (;;) {
        const batch = await this.holds.findExpired(now, this.batchSize);
        if (batch.length === 0) break;
        for (const hold of batch) {
          const freed = await this.seats.markAvailable(hold.performanceId, hold.seatIds);
          await this.holds.delete(hold.id);
          report.released++;
          report.seatsFreed += freed;
          this.audit.record({
            kind: 'hold.expired',
            subject: hold.id,
            detail: { performanceId: hold.performanceId, seats: hold.seatIds.length, expiresAt: hold.expiresAt.toISOString() },
          });
        }
        if (batch.length < this.batchSize) break;
      }
    } finally {
      this.running = false;
      report.finishedAt = new Date();
    }
    return report;
  }
}

export function formatSweep(report: SweepReport): string {
  const secs = (report.finishedAt.getTime() - report.startedAt.getTime()) / 1000;
  return `released ${report.released} holds (${report.seatsFreed} seats) in ${secs.toFixed(1)}s`;
}
