// expect: none
// The per-hive async callbacks are collected by Promise.all and awaited, and the timer callback is synchronous and attaches both fulfilment and rejection handlers to runOnce(), so no reminder promise is left floating.
export interface HiveRecord {
  id: string;
  apiary: string;
  lastInspected: Date;
  queenright: boolean;
}

export interface KeeperDirectory {
  keeperFor(hiveId: string): Promise<{ name: string; phone: string }>;
}

export interface Sms {
  send(phone: string, text: string): Promise<void>;
}

export interface HiveSource {
  listHives(): Promise<HiveRecord[]>;
}

export interface Log {
  info(msg: string): void;
  error(msg: string, err: unknown): void;
}

const DAY_MS = 86_400_000;

export class InspectionReminders {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly hives: HiveSource,
    private readonly keepers: KeeperDirectory,
    private readonly sms: Sms,
    private readonly log: Log,
    private readonly everyMs = 6 * 3_600_000,
  ) {}

  dueHives(all: HiveRecord[], now: number): HiveRecord[] {
    return all.filter((h) => now - h.lastInspected.getTime() > (h.queenright ? 10 : 5) * DAY_MS);
  }

  async runOnce(now = Date.now()): Promise<number> {
    const due = this.dueHives(await this.hives.listHives(), now);
    await Promise.all(
      due.map(async (hive) => {
        const keeper = await this.keepers.keeperFor(hive.id);
        const days = Math.floor((now - hive.lastInspected.getTime()) / DAY_MS);
        await this.sms.send(keeper.phone, `${keeper.name}: hive ${hive.id} at ${hive.apiary} last inspected ${days} days ago.`);
      }),
    );
    this.log.info(`sent ${due.length} inspection reminders`);
    return due.length;
  }

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.runOnce().then(
        () => this.schedule(),
        (err: unknown) => {
          this.log.error('reminder run failed', err);
          this.schedule();
        },
      );
    }, this.everyMs);
  }
}
