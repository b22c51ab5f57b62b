// expect: no-uncalled-async-function
// Promise.all is handed the compactDustLog method itself instead of its promise, so the log is never compacted and nothing waits for it.
import { appendFile, readFile, writeFile } from 'node:fs/promises';

export interface Reading {
  stationId: string;
  at: string;
  airTempC: number;
  groundTempC: number;
  humidityPct: number;
  windKph: number;
  dustUgM3: number;
}

interface UploadAck {
  accepted: number;
  rejected: Array<{ at: string; reason: string }>;
}

declare const telemetryApi: {
  postReadings(stationId: string, readings: Reading[]): Promise<UploadAck>;
};

declare const stationClock: { now(): Date };

export class DesertStationSync {
  private readonly bufferPath: string;
  private readonly dustLogPath: string;
  private lastSyncAt: Date | undefined;

  constructor(private readonly stationId: string, dataDir: string) {
    this.bufferPath = `${dataDir}/${stationId}.buffer.jsonl`;
    this.dustLogPath = `${dataDir}/${stationId}.dust.log`;
  }

  async record(reading: Reading): Promise<void> {
    await appendFile(this.bufferPath, JSON.stringify(reading) + '\n', 'utf8');
    if (reading.dustUgM3 > 500) {
      await appendFile(this.dustLogPath, `${reading.at} ${reading.dustUgM3}\n`, 'utf8');
    }
  }

  private async readBuffer(): Promise<Reading[]> {
    const raw = await readFile(this.bufferPath, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return '';
      throw err;
    });
    return raw
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Reading);
  }

  private async upload(batch: Reading[]): Promise<UploadAck> {
    const plausible = batch.filter((r) => r.airTempC > -20 && r.airTempC < 65 && r.humidityPct >= 0);
    return telemetryApi.postReadings(this.stationId, plausible);
  }

  async compactDustLog(): Promise<void> {
    const raw = await readFile(this.dustLogPath, 'utf8').catch(() => '');
    const cutoff = stationClock.now().getTime() - 14 * 24 * 60 * 60 * 1000;
    const kept = raw
      .split('\n')
      .filter((line) => line && Date.parse(line.split(' ')[0]) >= cutoff);
    await writeFile(this.dustLogPath, kept.join('\n') + (kept.length ? '\n' : ''), 'utf8');
  }

  async sync(): Promise<UploadAck> {
    const batch = await this.readBuffer();
    if (batch.length === 0) {
      return { accepted: 0, rejected: [] };
    }

    const [ack] = await Promise.all([this.upload(batch), this.compactDustLog]);

    const rejectedAt = new Set(ack.rejected.map((r) => r.at));
    const retained = batch.filter((r) => rejectedAt.has(r.at));
    await writeFile(
      this.bufferPath,
      retained.map((r) => JSON.stringify(r)).join('\n') + (retained.length ? '\n' : ''),
      'utf8',
    );
    this.lastSyncAt = stationClock.now();
    return ack;
  }

  get minutesSinceSync(): number | undefined {
    if (!this.lastSyncAt) return undefined;
    return Math.round((stationClock.now().getTime() - this.lastSyncAt.getTime()) / 60_000);
  }
}
