// expect: none
// The allSettled results are split into uploaded and failed entries, and every rejection reason is kept in the sync report and scheduled for retry.
import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

export interface RecordingUpload {
  hiveId: string;
  file: string;
  bytes: number;
}

export interface ResearchArchive {
  upload(hiveId: string, path: string): Promise<{ objectKey: string }>;
}

export interface SyncReport {
  uploaded: Array<RecordingUpload & { objectKey: string }>;
  failed: Array<{ file: string; reason: string }>;
}

export class HiveRecorderSync {
  private retryQueue: string[] = [];

  constructor(
    private readonly archive: ResearchArchive,
    private readonly spoolDir: string,
  ) {}

  private hiveIdFromFile(file: string): string {
    const match = /^(hive-\d+)_/.exec(file);
    return match ? match[1] : 'unknown';
  }

  private async uploadOne(file: string): Promise<RecordingUpload & { objectKey: string }> {
    const path = join(this.spoolDir, file);
    const info = await stat(path);
    const hiveId = this.hiveIdFromFile(file);
    const { objectKey } = await this.archive.upload(hiveId, path);
    await unlink(path);
    return { hiveId, file, bytes: info.size, objectKey };
  }

  async syncSpool(): Promise<SyncReport> {
    const files = (await readdir(this.spoolDir)).filter((f) => f.endsWith('.flac')).sort();
    const results = await Promise.allSettled(files.map((file) => this.uploadOne(file)));

    const report: SyncReport = { uploaded: [], failed: [] };
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') {
        report.uploaded.push(result.value);
      } else {
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        report.failed.push({ file: files[i], reason });
      }
    });

    this.retryQueue = report.failed.map((f) => f.file);
    return report;
  }

  pendingRetries(): readonly string[] {
    return this.retryQueue;
  }

  static summarize(report: SyncReport): string {
    const mb = report.uploaded.reduce((sum, u) => sum + u.bytes, 0) / 1_048_576;
    const lines = [`uploaded ${report.uploaded.length} recordings (${mb.toFixed(1)} MiB)`];
    for (const f of report.failed) {
      lines.push(`  FAILED ${f.file}: ${f.reason}`);
    }
    return lines.join('\n');
  }
}
