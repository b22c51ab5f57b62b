// expect: none
// The best-effort telemetry publish is deliberately not awaited but has a .catch handler that logs the failure, and every other call in the revolution handler is awaited.
export interface RevolutionRecord {
  lampId: string;
  periodMs: number;
  bulbCurrentA: number;
  at: number;
}

export interface MaintenanceDb {
  insertRevolution(record: RevolutionRecord): Promise<void>;
  openTicket(lampId: string, reason: string): Promise<string>;
}

export interface TelemetryUplink {
  publish(topic: string, payload: unknown): Promise<void>;
}

export interface Logger {
  info(message: string): void;
  warn(message: string, err?: unknown): void;
}

export class LampRotationMonitor {
  private readonly lastPeriod = new Map<string, number>();
  private readonly openTickets = new Set<string>();

  constructor(
    private readonly db: MaintenanceDb,
    private readonly uplink: TelemetryUplink,
    private readonly log: Logger,
    private readonly nominalPeriodMs = 10_000,
    private readonly tolerance = 0.05,
    private readonly minCurrentA = 3.2,
  ) {}

  async onRevolution(rec: RevolutionRecord): Promise<void> {
    await this.db.insertRevolution(rec);

    this.uplink
      .publish(`lamps/${rec.lampId}/revolution`, rec)
      .catch((err) => this.log.warn(`telemetry publish failed for ${rec.lampId}`, err));

    const previous = this.lastPeriod.get(rec.lampId);
    this.lastPeriod.set(rec.lampId, rec.periodMs);

    const drift = Math.abs(rec.periodMs - this.nominalPeriodMs) / this.nominalPeriodMs;
    if (drift > this.tolerance) {
      const trend = previous === undefined ? 'first sample' : previous < rec.periodMs ? 'slowing' : 'speeding up';
      await this.raise(rec.lampId, `rotation period ${rec.periodMs}ms drifts ${(drift * 100).toFixed(1)}% (${trend})`);
    }
    if (rec.bulbCurrentA < this.minCurrentA) {
      await this.raise(rec.lampId, `bulb current ${rec.bulbCurrentA.toFixed(2)}A below ${this.minCurrentA}A`);
    }
  }

  private async raise(lampId: string, reason: string): Promise<void> {
    const key = `${lampId}:${reason.split(' ')[0]}`;
    if (this.openTickets.has(key)) return;
    this.openTickets.add(key);
    try {
      const ticket = await this.db.openTicket(lampId, reason);
      this.log.info(`opened maintenance ticket ${ticket} for ${lampId}: ${reason}`);
    } catch (err) {
      this.openTickets.delete(key);
      throw err;
    }
  }

  resolveTickets(lampId: string): void {
    for (const key of [...this.openTickets]) {
      if (key.startsWith(`${lampId}:`)) this.openTickets.delete(key);
    }
  }
}
