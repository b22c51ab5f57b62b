// expect: no-uncalled-async-function
// shutdown() awaits this.flushWorkOrders without calling it, so the await resolves to the function itself and queued work orders are dropped when the maintenance service stops at end of shift.
export interface WorkOrder {
  ride: string;
  component: string;
  severity: 'advisory' | 'before-next-run' | 'close-ride';
  reportedBy: string;
  at: Date;
}

export interface Cmms {
  submitBatch(orders: readonly WorkOrder[]): Promise<string[]>;
}

export interface ShiftLog {
  info(msg: string): void;
}

export class WorkOrderQueue {
  private pending: WorkOrder[] = [];
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly cmms: Cmms,
    private readonly log: ShiftLog,
    private readonly flushEveryMs = 30_000,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.flushWorkOrders().catch((err: unknown) => this.log.info(`work order flush failed: ${String(err)}`));
    }, this.flushEveryMs);
  }

  report(order: WorkOrder): void {
    if (this.stopped) throw new Error('work order queue is shut down');
    this.pending.push(order);
  }

  async flushWorkOrders(): Promise<number> {
    if (this.pending.length === 0) return 0;
    const batch = this.pending;
    this.pending = [];
    try {
      const ids = await this.cmms.submitBatch(batch);
      this.log.info(`submitted ${ids.length} work orders: ${ids.join(', ')}`);
      return ids.length;
    } catch (err) {
      this.pending = [...batch, ...this.pending];
      throw err;
    }
  }

  async shutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flushWorkOrders;
    this.log.info('work order queue stopped');
  }
}
