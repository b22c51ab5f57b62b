// expect: no-uncalled-async-function
// The scheduled job returns this.pushInspections (the method) instead of calling it, so queued inspections are never uploaded.
export interface InspectionRecord {
  liftId: string;
  towerNumber: number;
  inspector: string;
  sheaveWearMm: number;
  ropeDiameterMm: number;
  notes: string;
  recordedAt: string;
}

interface ScheduledJob {
  cancel(): void;
}

declare const scheduler: {
  every(name: string, intervalMs: number, job: () => Promise<unknown>): ScheduledJob;
};

declare const connectivity: {
  online(): boolean;
};

declare const maintenanceApi: {
  uploadInspections(records: InspectionRecord[]): Promise<{ accepted: number; rejected: string[] }>;
};

declare const mountainLog: {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
};

const ROPE_NOMINAL_MM = 52;
const ROPE_DISCARD_REDUCTION = 0.1;
const SHEAVE_LINER_LIMIT_MM = 6;

export function flagRecord(record: InspectionRecord): string[] {
  const flags: string[] = [];
  if (record.ropeDiameterMm < ROPE_NOMINAL_MM * (1 - ROPE_DISCARD_REDUCTION)) {
    flags.push(`rope at ${record.ropeDiameterMm} mm is past discard criterion`);
  }
  if (record.sheaveWearMm >= SHEAVE_LINER_LIMIT_MM) {
    flags.push(`sheave liner worn ${record.sheaveWearMm} mm on tower ${record.towerNumber}`);
  }
  return flags;
}

export class InspectionOutbox {
  private outbox: InspectionRecord[] = [];
  private job: ScheduledJob | null = null;
  private uploading = false;

  record(entry: InspectionRecord): string[] {
    this.outbox.push(entry);
    return flagRecord(entry);
  }

  get pending(): number {
    return this.outbox.length;
  }

  start(intervalMs = 60_000): void {
    if (this.job) return;
    this.job = scheduler.every('lift-inspection-sync', intervalMs, async () => {
      if (!connectivity.online()) {
        mountainLog.info('offline at the top station, keeping inspections queued', { queued: this.outbox.length });
        return;
      }
      if (this.outbox.length === 0 || this.uploading) return;
      return this.pushInspections;
    });
  }

  stop(): void {
    this.job?.cancel();
    this.job = null;
  }

  async pushInspections(): Promise<void> {
    this.uploading = true;
    const batch = this.outbox.slice(0, 50);
    try {
      const result = await maintenanceApi.uploadInspections(batch);
      this.outbox = this.outbox.slice(batch.length);
      if (result.rejected.length > 0) {
        mountainLog.warn('inspections rejected by maintenance system', { ids: result.rejected });
      }
      mountainLog.info('inspections uploaded', { accepted: result.accepted, remaining: this.outbox.length });
    } finally {
      this.uploading = false;
    }
  }
}
