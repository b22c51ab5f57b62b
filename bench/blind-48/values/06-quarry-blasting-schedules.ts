// expect: none
// Correct: peakVelocity is written in a .then callback but only read after that promise has been awaited through Promise.all.
export interface BlastEvent {
  siteId: string;
  holes: number;
  chargePerDelayKg: number;
  nearestStructureM: number;
}

export interface BlastRecord {
  siteId: string;
  firedAt: Date;
  peakVelocityMmS: number;
  scaledDistance: number;
  compliant: boolean;
}

declare const seismograph: {
  record(siteId: string, durationMs: number): Promise<number[]>;
};

declare const detonator: {
  fire(siteId: string, holes: number): Promise<{ firedAt: Date }>;
};

declare const complianceLog: {
  file(record: BlastRecord): Promise<void>;
};

const PPV_LIMIT_MM_S = 12.5;
const RECORD_WINDOW_MS = 8_000;

export function scaledDistance(event: BlastEvent): number {
  return event.nearestStructureM / Math.sqrt(event.chargePerDelayKg);
}

export async function fireAndMonitor(event: BlastEvent): Promise<BlastRecord> {
  let peakVelocity = 0;
  const monitoring = seismograph.record(event.siteId, RECORD_WINDOW_MS).then((trace) => {
    peakVelocity = trace.reduce((max, v) => Math.max(max, Math.abs(v)), 0);
  });

  const [, { firedAt }] = await Promise.all([monitoring, detonator.fire(event.siteId, event.holes)]);

  const record: BlastRecord = {
    siteId: event.siteId,
    firedAt,
    peakVelocityMmS: peakVelocity,
    scaledDistance: scaledDistance(event),
    compliant: peakVelocity <= PPV_LIMIT_MM_S,
  };
  await complianceLog.file(record);
  return record;
}

export async function fireSequence(events: BlastEvent[]): Promise<BlastRecord[]> {
  const records: BlastRecord[] = [];
  for (const event of events) {
    const record = await fireAndMonitor(event);
    records.push(record);
    if (!record.compliant) break;
  }
  return records;
}

export function predictedPpv(event: BlastEvent, k = 1140, beta = 1.6): number {
  return k * scaledDistance(event) ** -beta;
}
