// expect: none
// probe reads use allSettled with a status type guard before touching values, and the background archive promise has a rejection handler from the moment it is created
export interface ProbeReading {
  probeId: string;
  depthCm: number;
  redoxMv: number;
  co2Ppm: number;
}

export interface SweepResult {
  readings: ProbeReading[];
  offline: string[];
}

declare const loraGateway: {
  poll(probeId: string): Promise<ProbeReading>;
};
declare const coldArchive: {
  store(batch: ProbeReading[]): Promise<void>;
};
declare const stationLog: {
  warn(msg: string): void;
};

function isFulfilled<T>(r: PromiseSettledResult<T>): r is PromiseFulfilledResult<T> {
  return r.status === "fulfilled";
}

export class BogProbeNetwork {
  private archiving: Promise<void> = Promise.resolve();
  private archiveFailures = 0;

  constructor(private readonly probeIds: string[]) {}

  async sweep(): Promise<SweepResult> {
    const settled = await Promise.allSettled(this.probeIds.map((id) => loraGateway.poll(id)));

    const readings = settled.filter(isFulfilled).map((r) => r.value);
    const offline: string[] = [];
    settled.forEach((r, i) => {
      if (r.status === "rejected") {
        offline.push(this.probeIds[i]);
        stationLog.warn(`probe ${this.probeIds[i]} offline: ${String(r.reason)}`);
      }
    });

    this.queueArchive(readings);
    return { readings, offline };
  }

  private queueArchive(batch: ProbeReading[]): void {
    if (batch.length === 0) return;
    this.archiving = this.archiving
      .then(() => coldArchive.store(batch))
      .catch((err: Error) => {
        this.archiveFailures++;
        stationLog.warn(`archive of ${batch.length} readings failed: ${err.message}`);
      });
  }

  async close(): Promise<{ archiveFailures: number }> {
    await this.archiving;
    return { archiveFailures: this.archiveFailures };
  }
}

export function anoxicProbes(readings: ProbeReading[], thresholdMv = -100): string[] {
  return readings
    .filter((r) => r.redoxMv <= thresholdMv)
    .sort((a, b) => a.redoxMv - b.redoxMv)
    .map((r) => `${r.probeId}@${r.depthCm}cm`);
}

export function meanCo2(readings: ProbeReading[]): number | null {
  if (readings.length === 0) return null;
  return readings.reduce((sum, r) => sum + r.co2Ppm, 0) / readings.length;
}
