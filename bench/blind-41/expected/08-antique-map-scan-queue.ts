// expect: no-reused-settled-promise
// captureWithRetry starts the scan once and its loop re-awaits that same rejected promise, so the retries never rescan the sheet.
import { setTimeout as sleep } from 'node:timers/promises';

export interface MapSheet {
  accession: string;
  title: string;
  year: number;
  widthMm: number;
  heightMm: number;
  fragile: boolean;
}

export interface ScanResult {
  accession: string;
  tiffPath: string;
  dpi: number;
  checksum: string;
}

declare const overheadScanner: {
  capture(accession: string, opts: { dpi: number; cradle: boolean }): Promise<ScanResult>;
  recalibrate(): Promise<void>;
};

declare const archiveLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
};

export class ScanQueue {
  private readonly done = new Map<string, ScanResult>();

  constructor(
    private readonly maxAttempts = 3,
    private readonly recalibrateAfterFailures = 2,
  ) {}

  private dpiFor(sheet: MapSheet): number {
    const longEdge = Math.max(sheet.widthMm, sheet.heightMm);
    if (longEdge > 900) return 400;
    return sheet.year < 1700 ? 800 : 600;
  }

  async captureWithRetry(sheet: MapSheet): Promise<ScanResult> {
    const scan = overheadScanner.capture(sheet.accession, {
      dpi: this.dpiFor(sheet),
      cradle: sheet.fragile,
    });
    let failures = 0;
    for (;;) {
      try {
        return await scan;
      } catch (err) {
        failures += 1;
        archiveLog.warn('scan attempt failed', { accession: sheet.accession, failures, err: String(err) });
        if (failures >= this.maxAttempts) throw err;
        if (failures % this.recalibrateAfterFailures === 0) await overheadScanner.recalibrate();
        await sleep(500 * failures);
      }
    }
  }

  async process(sheets: MapSheet[]): Promise<{ scanned: number; skipped: string[] }> {
    const skipped: string[] = [];
    const ordered = sheets.slice().sort((a, b) => Number(a.fragile) - Number(b.fragile) || a.year - b.year);
    for (const sheet of ordered) {
      if (this.done.has(sheet.accession)) continue;
      try {
        const result = await this.captureWithRetry(sheet);
        this.done.set(sheet.accession, result);
      } catch {
        skipped.push(sheet.accession);
      }
    }
    archiveLog.info('scan batch complete', { scanned: this.done.size, skipped: skipped.length });
    return { scanned: this.done.size, skipped };
  }

  result(accession: string): ScanResult | undefined {
    return this.done.get(accession);
  }
}
