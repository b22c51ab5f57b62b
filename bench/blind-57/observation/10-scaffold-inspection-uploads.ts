// expect: none
// Correct: photo uploads run in the background, but uploadPhoto catches its own failures and every task is tracked in a set that close() awaits.
import { EventEmitter } from 'node:events';

declare const photoStore: {
  upload(siteId: string, photo: InspectionPhoto): Promise<{ url: string }>;
};

declare const safetyBoard: {
  fileInspection(siteId: string, report: InspectionReport): Promise<void>;
};

export interface InspectionPhoto {
  lashingId: string;
  bytes: Uint8Array;
  takenAt: Date;
}

export interface InspectionReport {
  inspector: string;
  lashingsChecked: number;
  photoUrls: string[];
  uploadFailures: string[];
  condemnedPoles: string[];
}

type UploadOutcome = { ok: true; url: string } | { ok: false; lashingId: string; reason: string };

export class InspectionSession extends EventEmitter {
  private readonly uploads = new Set<Promise<void>>();
  private readonly outcomes: UploadOutcome[] = [];
  private readonly condemned = new Set<string>();
  private lashingsChecked = 0;

  constructor(private readonly siteId: string, private readonly inspector: string) {
    super();
    this.on('photo', (photo: InspectionPhoto) => this.track(photo));
    this.on('condemn', (poleId: string) => this.condemned.add(poleId));
  }

  recordLashing(lashingId: string, tight: boolean, photo?: InspectionPhoto): void {
    this.lashingsChecked += 1;
    if (!tight) this.emit('condemn', lashingId.split(':')[0]);
    if (photo) this.emit('photo', photo);
  }

  private track(photo: InspectionPhoto): void {
    const task = this.uploadPhoto(photo).finally(() => this.uploads.delete(task));
    this.uploads.add(task);
  }

  private async uploadPhoto(photo: InspectionPhoto): Promise<void> {
    try {
      const { url } = await photoStore.upload(this.siteId, photo);
      this.outcomes.push({ ok: true, url });
    } catch (err) {
      this.outcomes.push({
        ok: false,
        lashingId: photo.lashingId,
        reason: err instanceof Error ? err.message : String(err),
      });
    }
  }

  async close(): Promise<InspectionReport> {
    while (this.uploads.size > 0) {
      await Promise.all(this.uploads);
    }
    const report: InspectionReport = {
      inspector: this.inspector,
      lashingsChecked: this.lashingsChecked,
      photoUrls: this.outcomes.flatMap((o) => (o.ok ? [o.url] : [])),
      uploadFailures: this.outcomes.flatMap((o) => (o.ok ? [] : [`${o.lashingId}: ${o.reason}`])),
      condemnedPoles: [...this.condemned],
    };
    await safetyBoard.fileInspection(this.siteId, report);
    return report;
  }
}
