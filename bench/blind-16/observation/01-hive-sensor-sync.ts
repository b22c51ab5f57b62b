// expect: no-floating-promises
// forEach with an async callback drops every per-hive upload promise, so upload failures are unhandled rejections and flush() returns before anything is sent.
import { EventEmitter } from 'node:events';

export interface HiveReading {
  hiveId: string;
  takenAt: Date;
  broodTempC: number;
  humidityPct: number;
  weightKg: number;
}

declare const apiaryCloud: {
  uploadBatch(hiveId: string, readings: HiveReading[]): Promise<{ accepted: number }>;
};

const MAX_BUFFER_PER_HIVE = 500;
const SWARM_WEIGHT_DROP_KG = 1.5;

export class HiveSensorBuffer extends EventEmitter {
  private readonly pending = new Map<string, HiveReading[]>();
  private readonly lastWeight = new Map<string, number>();
  private flushing = false;

  record(reading: HiveReading): void {
    const list = this.pending.get(reading.hiveId) ?? [];
    list.push(reading);
    if (list.length > MAX_BUFFER_PER_HIVE) {
      // keep the most recent readings if the uplink has been down for a while
      list.shift();
    }
    this.pending.set(reading.hiveId, list);

    if (reading.broodTempC > 36.5 || reading.broodTempC < 32) {
      this.emit('brood-alert', reading);
    }

    const previous = this.lastWeight.get(reading.hiveId);
    if (previous !== undefined && previous - reading.weightKg >= SWARM_WEIGHT_DROP_KG) {
      this.emit('possible-swarm', { hiveId: reading.hiveId, dropKg: previous - reading.weightKg });
    }
    this.lastWeight.set(reading.hiveId, reading.weightKg);
  }

  pendingCount(): number {
    let total = 0;
    for (const list of this.pending.values()) total += list.length;
    return total;
  }

  async flush(): Promise<number> {
    if (this.flushing) return 0;
    this.flushing = true;

    const batches = [...this.pending.entries()];
    this.pending.clear();
    let sent = 0;

    try {
      batches.forEach(async ([hiveId, readings]) => {
        const ordered = [...readings].sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime());
        const { accepted } = await apiaryCloud.uploadBatch(hiveId, ordered);
        sent += accepted;
        this.emit('uploaded', hiveId, accepted);
      });
    } finally {
      this.flushing = false;
    }

    return sent;
  }
}

export function startHiveSync(buffer: HiveSensorBuffer, intervalMs = 60_000): () => void {
  const timer = setInterval(() => {
    if (buffer.pendingCount() === 0) return;
    buffer.flush().then(
      (n) => buffer.emit('flushed', n),
      (err: unknown) => buffer.emit('error', err),
    );
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
