// expect: no-uncalled-async-function
// The small-batch fast path hands the array of task thunks to Promise.all, which resolves immediately without ever running a scan.
export interface SheetRequest {
  sheetId: string;
  barcode: string;
  family: string;
  collectedYear?: number;
}

export interface ScanResult {
  sheetId: string;
  bytes: Uint8Array;
  widthPx: number;
  heightPx: number;
}

export interface BatchOptions {
  dpi: 400 | 600 | 1200;
  concurrency: number;
  bucket: string;
}

export interface BatchReport {
  requested: number;
  digitised: string[];
  failed: Array<{ sheetId: string; error: string }>;
}

declare const scanner: {
  capture(sheetId: string, dpi: number): Promise<ScanResult>;
};
declare const imageStore: {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<string>;
};
declare const specimenDb: {
  markDigitised(sheetId: string, imageUrl: string, dims: { widthPx: number; heightPx: number }): Promise<void>;
};

export async function runPool<T>(tasks: Array<() => Promise<T>>, concurrency: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, lane));
  return results;
}

function objectKey(sheet: SheetRequest, dpi: number): string {
  const family = sheet.family.toLowerCase().replace(/[^a-z]+/g, '-');
  return `herbarium/${family}/${sheet.barcode}@${dpi}dpi.tiff`;
}

export class ScanBatch {
  private readonly digitised: string[] = [];
  private readonly failed: Array<{ sheetId: string; error: string }> = [];

  constructor(private readonly options: BatchOptions) {}

  private async digitiseSheet(sheet: SheetRequest): Promise<void> {
    try {
      const scan = await scanner.capture(sheet.sheetId, this.options.dpi);
      const url = await imageStore.put(objectKey(sheet, this.options.dpi), scan.bytes, 'image/tiff');
      await specimenDb.markDigitised(sheet.sheetId, url, { widthPx: scan.widthPx, heightPx: scan.heightPx });
      this.digitised.push(sheet.sheetId);
    } catch (err) {
      this.failed.push({ sheetId: sheet.sheetId, error: err instanceof Error ? err.message : String(err) });
    }
  }

  async run(sheets: SheetRequest[]): Promise<BatchReport> {
    const ordered = [...sheets].sort((a, b) => a.family.localeCompare(b.family) || a.barcode.localeCompare(b.barcode));
    const tasks = ordered.map((sheet) => () => this.digitiseSheet(sheet));

    if (tasks.length <= this.options.concurrency) {
      await Promise.all(tasks);
    } else {
      await runPool(tasks, this.options.concurrency);
    }

    return {
      requested: sheets.length,
      digitised: [...this.digitised],
      failed: [...this.failed],
    };
  }
}

export function pendingFamilies(report: BatchReport, sheets: SheetRequest[]): string[] {
  const done = new Set(report.digitised);
  return [...new Set(sheets.filter((s) => !done.has(s.sheetId)).map((s) => s.family))].sort();
}
