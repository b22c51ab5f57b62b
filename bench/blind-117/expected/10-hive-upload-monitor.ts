// expect: no-reused-settled-promise
// The status request is created once before the polling loop and re-awaited on each iteration, so the loop keeps seeing the first status and never observes the upload completing.
import { setTimeout as sleep } from 'node:timers/promises';

export type UploadState = 'receiving' | 'transcoding' | 'indexed' | 'rejected';

export interface UploadStatus {
  batchId: string;
  state: UploadState;
  clipsReceived: number;
  clipsExpected: number;
  reason?: string;
}

export interface FieldStationApi {
  startUpload(hiveIds: string[], night: string): Promise<{ batchId: string; clipsExpected: number }>;
  uploadStatus(batchId: string): Promise<UploadStatus>;
}

export interface UploadOutcome {
  batchId: string;
  clips: number;
  waitedMs: number;
}

export class HiveUploadMonitor {
  private readonly history: UploadOutcome[] = [];

  constructor(
    private readonly station: FieldStationApi,
    private readonly pollMs = 10_000,
    private readonly maxWaitMs = 30 * 60_000,
  ) {}

  async waitUntilIndexed(batchId: string): Promise<UploadStatus> {
    const startedAt = Date.now();
    const statusRequest = this.station.uploadStatus(batchId);

    while (Date.now() - startedAt < this.maxWaitMs) {
      const status = await statusRequest;
      if (status.state === 'indexed') {
        return status;
      }
      if (status.state === 'rejected') {
        throw new Error(`Batch ${batchId} rejected by the field station: ${status.reason ?? 'unknown reason'}`);
      }
      await sleep(this.pollMs);
    }
    throw new Error(`Batch ${batchId} was not indexed within ${this.maxWaitMs} ms`);
  }

  async uploadNight(hiveIds: string[], night: string): Promise<UploadOutcome> {
    const started = Date.now();
    const { batchId, clipsExpected } = await this.station.startUpload(hiveIds, night);
    const status = await this.waitUntilIndexed(batchId);
    if (status.clipsReceived < clipsExpected) {
      throw new Error(`Batch ${batchId} indexed with ${status.clipsReceived}/${clipsExpected} clips`);
    }
    const outcome = { batchId, clips: status.clipsReceived, waitedMs: Date.now() - started };
    this.history.push(outcome);
    return outcome;
  }

  averageWaitMs(): number {
    if (this.history.length === 0) return 0;
    return this.history.reduce((sum, o) => sum + o.waitedMs, 0) / this.history.length;
  }

  static nightsToUpload(lastUploaded: string, today: string): string[] {
    const nights: string[] = [];
    const day = new Date(`${lastUploaded}T00:00:00Z`);
    const end = new Date(`${today}T00:00:00Z`);
    for (day.setUTCDate(day.getUTCDate() + 1); day < end; day.setUTCDate(day.getUTCDate() + 1)) {
      nights.push(day.toISOString().slice(0, 10));
    }
    return nights;
  }
}
