// expect: no-uncalled-async-function
// runMaintenanceWindow() puts this.flushSpool (the method itself) into Promise.all instead of calling it, so stale jobs are never archived or requeued.
export type PaperStock = 'matte' | 'gloss' | 'cardstock' | 'vinyl';

export interface PrintJob {
  jobId: string;
  customer: string;
  printerId?: string;
  pages: number;
  copies: number;
  stock: PaperStock;
  status: 'queued' | 'printing' | 'done' | 'failed';
  submittedAt: number;
}

export interface PrinterStatus {
  printerId: string;
  online: boolean;
  tonerPct: number;
  loadedStock: PaperStock;
  queueDepth: number;
}

declare const spoolDb: {
  listStale(olderThanMs: number): Promise<PrintJob[]>;
  archive(jobIds: string[]): Promise<void>;
  requeue(jobId: string, printerId: string): Promise<void>;
};

declare const printerFleet: {
  status(): Promise<PrinterStatus[]>;
};

declare const alerts: {
  tonerLow(printerId: string, pct: number): Promise<void>;
};

export interface MaintenanceReport {
  printersOnline: number;
  lowToner: string[];
  finishedAt: number;
}

export class PrintShopScheduler {
  private printers: PrinterStatus[] = [];
  private lastMaintenance = 0;

  constructor(private readonly staleAfterMs = 6 * 60 * 60 * 1000) {}

  async runMaintenanceWindow(): Promise<MaintenanceReport> {
    await Promise.all([this.flushSpool, this.refreshPrinterStatus()]);

    const lowToner = this.printers.filter((p) => p.online && p.tonerPct < 10);
    for (const printer of lowToner) {
      await alerts.tonerLow(printer.printerId, printer.tonerPct);
    }

    this.lastMaintenance = Date.now();
    return {
      printersOnline: this.printers.filter((p) => p.online).length,
      lowToner: lowToner.map((p) => p.printerId),
      finishedAt: this.lastMaintenance,
    };
  }

  pickPrinter(job: Pick<PrintJob, 'stock' | 'pages' | 'copies'>): PrinterStatus | undefined {
    const sheets = job.pages * job.copies;
    return this.printers
      .filter((p) => p.online && p.loadedStock === job.stock)
      .filter((p) => sheets < 500 || p.tonerPct > 25)
      .sort((a, b) => a.queueDepth - b.queueDepth || b.tonerPct - a.tonerPct)[0];
  }

  msSinceMaintenance(now = Date.now()): number {
    return this.lastMaintenance === 0 ? Infinity : now - this.lastMaintenance;
  }

  private async flushSpool(): Promise<number> {
    const stale = await spoolDb.listStale(this.staleAfterMs);
    const finished = stale.filter((job) => job.status === 'done' || job.status === 'failed');
    if (finished.length > 0) {
      await spoolDb.archive(finished.map((job) => job.jobId));
    }

    let requeued = 0;
    for (const job of stale) {
      if (job.status !== 'printing' && job.status !== 'queued') continue;
      const target = this.pickPrinter(job);
      if (!target || target.printerId === job.printerId) continue;
      await spoolDb.requeue(job.jobId, target.printerId);
      target.queueDepth += 1;
      requeued += 1;
    }
    return finished.length + requeued;
  }

  private async refreshPrinterStatus(): Promise<void> {
    this.printers = await printerFleet.status();
  }
}
