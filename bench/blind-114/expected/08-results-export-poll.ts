// expect: no-reused-settled-promise
// The status promise is created once before the loop, so every poll re-awaits the same settled response and a queued export is never seen to finish.
import { setTimeout as sleep } from 'node:timers/promises';
import { writeFile } from 'node:fs/promises';

export type ExportState = 'queued' | 'running' | 'done' | 'failed';

export interface ExportStatus {
  jobId: string;
  state: ExportState;
  downloadUrl?: string;
  error?: string;
}

export interface TimingClient {
  requestExport(raceId: string, format: 'csv' | 'xml'): Promise<{ jobId: string }>;
  getExportStatus(jobId: string): Promise<ExportStatus>;
}

export class ResultsExporter {
  constructor(
    private readonly client: TimingClient,
    private readonly pollMs = 2000,
    private readonly timeoutMs = 5 * 60_000,
  ) {}

  async waitForExport(jobId: string): Promise<string> {
    const deadline = Date.now() + this.timeoutMs;
    const status = this.client.getExportStatus(jobId);

    while (Date.now() < deadline) {
      const current = await status;
      if (current.state === 'done') {
        if (!current.downloadUrl) throw new Error(`export ${jobId} finished without a download URL`);
        return current.downloadUrl;
      }
      if (current.state === 'failed') {
        throw new Error(`export ${jobId} failed: ${current.error ?? 'unknown error'}`);
      }
      await sleep(this.pollMs);
    }
    throw new Error(`export ${jobId} did not finish within ${this.timeoutMs}ms`);
  }

  async exportResults(raceId: string, outFile: string, format: 'csv' | 'xml' = 'csv'): Promise<number> {
    const { jobId } = await this.client.requestExport(raceId, format);
    const url = await this.waitForExport(jobId);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`download of ${raceId} results failed with ${res.status}`);
    const body = await res.text();
    await writeFile(outFile, body);
    return body.split('\n').filter((l) => l.trim() !== '').length - (format === 'csv' ? 1 : 0);
  }
}
