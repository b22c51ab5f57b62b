// expect: no-uncalled-async-function
// shutdown awaits this.persistSchedule (the method itself) instead of calling it, so the remaining schedule is never written before the pump is released.
export interface PumpSlot {
  fountain: string;
  startsAt: number;
  durationMs: number;
  flowLpm: number;
}

declare const pumpController: {
  run(pumpId: string, slot: PumpSlot): Promise<void>;
  release(pumpId: string): Promise<void>;
};

declare const scheduleStore: {
  save(pumpId: string, slots: PumpSlot[]): Promise<void>;
  load(pumpId: string): Promise<PumpSlot[]>;
};

declare const plazaLog: {
  error(message: string, error: unknown): void;
  info(message: string, fields?: Record<string, unknown>): void;
};

export class PumpScheduler {
  private queue: PumpSlot[] = [];
  private ticker: NodeJS.Timeout | undefined;
  private draining: Promise<void> | null = null;
  private stopping = false;

  constructor(
    private readonly pumpId: string,
    private readonly tickMs = 1_000,
  ) {}

  async start(): Promise<void> {
    this.queue = (await scheduleStore.load(this.pumpId)).sort((a, b) => a.startsAt - b.startsAt);
    this.ticker = setInterval(() => this.kick(), this.tickMs);
    plazaLog.info('pump scheduler started', { pumpId: this.pumpId, slots: this.queue.length });
  }

  add(slot: PumpSlot): void {
    const index = this.queue.findIndex((s) => s.startsAt > slot.startsAt);
    if (index === -1) this.queue.push(slot);
    else this.queue.splice(index, 0, slot);
  }

  private kick(): void {
    if (this.draining || this.stopping) return;
    const due = this.queue[0];
    if (!due || due.startsAt > Date.now()) return;
    this.draining = this.drainDue()
      .catch((err: unknown) => plazaLog.error(`pump ${this.pumpId} slot failed`, err))
      .finally(() => {
        this.draining = null;
      });
  }

  private async drainDue(): Promise<void> {
    while (!this.stopping && this.queue.length > 0 && this.queue[0].startsAt <= Date.now()) {
      const slot = this.queue.shift()!;
      await pumpController.run(this.pumpId, slot);
    }
  }

  private async persistSchedule(): Promise<void> {
    const upcoming = this.queue.filter((slot) => slot.startsAt + slot.durationMs > Date.now());
    await scheduleStore.save(this.pumpId, upcoming);
  }

  async shutdown(): Promise<void> {
    this.stopping = true;
    if (this.ticker) clearInterval(this.ticker);
    await this.draining;
    await this.persistSchedule;
    await pumpController.release(this.pumpId);
    plazaLog.info('pump scheduler stopped', { pumpId: this.pumpId, pending: this.queue.length });
  }
}
