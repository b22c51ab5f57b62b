// expect: no-uncalled-async-function
// openShift lists this.purgeStaleJobs without calling it, so Promise.all resolves the method itself and stale jobs are never purged.
declare const printerApi: {
  warmUp(printerId: string): Promise<{ fuserTempC: number }>;
  trayLevels(printerId: string): Promise<Record<string, number>>;
  submit(printerId: string, job: PrintJob): Promise<{ spoolId: string }>;
};

declare const jobStore: {
  pending(shopId: string): Promise<PrintJob[]>;
  markSpooled(jobId: string, spoolId: string): Promise<void>;
  deleteOlderThan(shopId: string, cutoff: Date): Promise<number>;
};

export interface PrintJob {
  id: string;
  customer: string;
  pages: number;
  paper: 'A4' | 'A3' | 'letter' | 'cardstock';
  duplex: boolean;
  submittedAt: Date;
}

export class PrintShopQueue {
  private trays: Record<string, number> = {};
  private ready = false;

  constructor(
    private readonly shopId: string,
    private readonly printerId: string,
    private readonly staleAfterHours = 72,
  ) {}

  async openShift(): Promise<void> {
    await Promise.all([
      this.warmUpFuser(),
      this.refreshTrays(),
      this.purgeStaleJobs,
    ]);
    this.ready = true;
  }

  private async warmUpFuser(): Promise<void> {
    const { fuserTempC } = await printerApi.warmUp(this.printerId);
    if (fuserTempC < 160) {
      throw new Error(`Fuser on ${this.printerId} only reached ${fuserTempC}°C`);
    }
  }

  private async refreshTrays(): Promise<void> {
    this.trays = await printerApi.trayLevels(this.printerId);
  }

  private purgeStaleJobs = async (): Promise<number> => {
    const cutoff = new Date(Date.now() - this.staleAfterHours * 3_600_000);
    return jobStore.deleteOlderThan(this.shopId, cutoff);
  };

  private sheetsNeeded(job: PrintJob): number {
    return job.duplex ? Math.ceil(job.pages / 2) : job.pages;
  }

  async drain(): Promise<{ spooled: string[]; deferred: string[] }> {
    if (!this.ready) throw new Error('Shift not opened');
    const spooled: string[] = [];
    const deferred: string[] = [];
    const jobs = await jobStore.pending(this.shopId);
    jobs.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());

    for (const job of jobs) {
      const sheets = this.sheetsNeeded(job);
      const available = this.trays[job.paper] ?? 0;
      if (sheets > available) {
        deferred.push(job.id);
        continue;
      }
      const { spoolId } = await printerApi.submit(this.printerId, job);
      await jobStore.markSpooled(job.id, spoolId);
      this.trays[job.paper] = available - sheets;
      spooled.push(job.id);
    }
    return { spooled, deferred };
  }
}
