// expect: no-uncalled-async-function
// endSession passes `this.flushThumbnails` to Promise.all without calling it, so the array holds the function itself, the queued thumbnails are never written, and the session is closed as if they had been.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface CapturedSheet {
  barcode: string;
  capturedAt: string;
  operator: string;
  thumbnail: Buffer;
  metadata: Record<string, string>;
}

export interface SessionCatalogue {
  upsertMetadata(rows: Array<{ barcode: string; fields: Record<string, string> }>): Promise<number>;
  closeSession(sessionId: string, sheets: number): Promise<void>;
}

export class DigitisationSession {
  private readonly pendingThumbs: CapturedSheet[] = [];
  private readonly pendingMeta: CapturedSheet[] = [];
  private captured = 0;

  constructor(
    readonly id: string,
    private readonly thumbDir: string,
    private readonly catalogue: SessionCatalogue,
  ) {}

  capture(sheet: CapturedSheet): void {
    if (!/^[A-Z]{1,4}\d{6,9}$/.test(sheet.barcode)) {
      throw new Error(`unreadable barcode on sheet captured at ${sheet.capturedAt}`);
    }
    this.pendingThumbs.push(sheet);
    this.pendingMeta.push(sheet);
    this.captured += 1;
  }

  async flushThumbnails(): Promise<void> {
    const batch = this.pendingThumbs.splice(0);
    if (batch.length === 0) return;
    const dir = join(this.thumbDir, this.id);
    await mkdir(dir, { recursive: true });
    for (const sheet of batch) {
      await writeFile(join(dir, `${sheet.barcode}.jpg`), sheet.thumbnail);
    }
  }

  async flushMetadata(): Promise<number> {
    const batch = this.pendingMeta.splice(0);
    if (batch.length === 0) return 0;
    return this.catalogue.upsertMetadata(
      batch.map((sheet) => ({
        barcode: sheet.barcode,
        fields: { ...sheet.metadata, operator: sheet.operator, capturedAt: sheet.capturedAt },
      })),
    );
  }

  async endSession(): Promise<{ sheets: number; metadataRows: number }> {
    const [, metadataRows] = await Promise.all([this.flushThumbnails, this.flushMetadata()]);
    await this.catalogue.closeSession(this.id, this.captured);
    return { sheets: this.captured, metadataRows };
  }
}
