// expect: none
// Every Promise.allSettled result is narrowed on status before .value or .reason is read.
export interface HoundProfile {
  houndId: string;
  name: string;
  breed: "lagotto" | "pointer" | "mixed";
}

export interface VetRecord {
  houndId: string;
  lastCheckup: Date;
  vaccinationsDue: string[];
}

export interface SyncSummary {
  synced: string[];
  failed: Array<{ houndId: string; reason: string }>;
  dueSoon: string[];
}

declare const vetPortal: {
  fetchRecord(houndId: string): Promise<VetRecord>;
};

declare const kennelDb: {
  hounds(): Promise<HoundProfile[]>;
  saveRecords(records: VetRecord[]): Promise<void>;
};

const DUE_SOON_DAYS = 30;

function describeFailure(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return typeof reason === "string" ? reason : JSON.stringify(reason);
}

function isDueSoon(record: VetRecord, now: Date): boolean {
  const ageDays = (now.getTime() - record.lastCheckup.getTime()) / 86_400_000;
  return record.vaccinationsDue.length > 0 || ageDays > 365 - DUE_SOON_DAYS;
}

export async function syncHealthRecords(now = new Date()): Promise<SyncSummary> {
  const hounds = await kennelDb.hounds();
  const outcomes = await Promise.allSettled(hounds.map((h) => vetPortal.fetchRecord(h.houndId)));

  const records: VetRecord[] = [];
  const failed: SyncSummary["failed"] = [];
  outcomes.forEach((outcome, index) => {
    const hound = hounds[index];
    if (outcome.status === "fulfilled") {
      records.push(outcome.value);
    } else {
      failed.push({ houndId: hound.houndId, reason: describeFailure(outcome.reason) });
    }
  });

  if (records.length > 0) {
    await kennelDb.saveRecords(records);
  }

  return {
    synced: records.map((r) => r.houndId),
    failed,
    dueSoon: records.filter((r) => isDueSoon(r, now)).map((r) => r.houndId),
  };
}
