// expect: no-unchecked-settled-results
// broadcastRushJob() awaits Promise.allSettled over the pager calls but only counts the results, so couriers whose page failed are reported as notified and the job is marked as broadcast even if every page bounced.
export interface Courier {
  id: string;
  name: string;
  pagerToken: string;
  zone: string;
  onShift: boolean;
}

export interface RushJob {
  id: string;
  pickupZone: string;
  dropZone: string;
  deadline: Date;
  payout: number;
}

export interface Pager {
  page(token: string, message: string): Promise<{ deliveredAt: string }>;
}

export interface JobBoard {
  markBroadcast(jobId: string, courierIds: string[]): Promise<void>;
}

export interface BroadcastSummary {
  jobId: string;
  notified: number;
  zone: string;
}

function message(job: RushJob): string {
  const mins = Math.max(0, Math.round((job.deadline.getTime() - Date.now()) / 60_000));
  return `RUSH ${job.id}: ${job.pickupZone} -> ${job.dropZone}, ${mins} min, $${job.payout.toFixed(2)}`;
}

export class RushDispatcher {
  constructor(
    private readonly roster: Courier[],
    private readonly pager: Pager,
    private readonly board: JobBoard,
  ) {}

  private eligible(job: RushJob): Courier[] {
    const adjacent = new Set([job.pickupZone, ...this.neighbours(job.pickupZone)]);
    return this.roster.filter((c) => c.onShift && adjacent.has(c.zone));
  }

  private neighbours(zone: string): string[] {
    const [col, row] = [zone.charCodeAt(0), Number(zone.slice(1))];
    return [
      `${String.fromCharCode(col - 1)}${row}`,
      `${String.fromCharCode(col + 1)}${row}`,
      `${String.fromCharCode(col)}${row - 1}`,
      `${String.fromCharCode(col)}${row + 1}`,
    ];
  }

  async broadcastRushJob(job: RushJob): Promise<BroadcastSummary> {
    const couriers = this.eligible(job);
    if (couriers.length === 0) {
      throw new Error(`no on-shift couriers near ${job.pickupZone} for ${job.id}`);
    }

    const text = message(job);
    const results = await Promise.allSettled(couriers.map((c) => this.pager.page(c.pagerToken, text)));

    console.log(`[dispatch] ${job.id}: paged ${results.length} couriers`);
    await this.board.markBroadcast(
      job.id,
      couriers.map((c) => c.id),
    );
    return { jobId: job.id, notified: results.length, zone: job.pickupZone };
  }
}
