// expect: no-uncalled-async-function
// The nightly task list contains this.recalibrateIncubators without parentheses, so Promise.all treats the method itself as a value and the incubators are never recalibrated.
export interface IncubatorController {
  listChambers(): Promise<string[]>;
  calibrate(chamber: string, referenceC: number): Promise<{ offsetC: number }>;
}

export interface TrayRack {
  traysDueForRotation(now: Date): Promise<string[]>;
  rotate(trayId: string): Promise<void>;
}

export interface Ledger {
  exportCsv(since: Date): Promise<string>;
  record(event: string, detail: Record<string, unknown>): Promise<void>;
}

export interface ArchiveBucket {
  put(key: string, body: string): Promise<void>;
}

export class NightlyVaultTasks {
  private lastRun: Date = new Date(0);

  constructor(
    private readonly incubators: IncubatorController,
    private readonly rack: TrayRack,
    private readonly ledger: Ledger,
    private readonly archive: ArchiveBucket,
  ) {}

  private async rotateTrays(now: Date): Promise<void> {
    const due = await this.rack.traysDueForRotation(now);
    for (const trayId of due) await this.rack.rotate(trayId);
    await this.ledger.record('trays-rotated', { count: due.length });
  }

  private async recalibrateIncubators(): Promise<void> {
    const chambers = await this.incubators.listChambers();
    for (const chamber of chambers) {
      const { offsetC } = await this.incubators.calibrate(chamber, 20);
      if (Math.abs(offsetC) > 0.5) {
        await this.ledger.record('incubator-drift', { chamber, offsetC });
      }
    }
  }

  private async exportLedger(since: Date): Promise<void> {
    const csv = await this.ledger.exportCsv(since);
    await this.archive.put(`ledger/${new Date().toISOString().slice(0, 10)}.csv`, csv);
  }

  async run(now = new Date()): Promise<void> {
    const since = this.lastRun;
    const nightly = [this.rotateTrays(now), this.recalibrateIncubators, this.exportLedger(since)];
    await Promise.all(nightly);
    this.lastRun = now;
    await this.ledger.record('nightly-complete', { at: now.toISOString(), tasks: nightly.length });
  }
}
