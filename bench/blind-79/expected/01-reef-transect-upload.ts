// expect: no-uncalled-async-function
// Bug: this.flushIndex is placed in the Promise.all array uncalled, so the index is never flushed and the batch is reported as committed.
interface QuadratPhoto {
  transectId: string;
  quadrat: number;
  depthM: number;
  file: Blob;
  takenAt: Date;
}

interface CoverEstimate {
  quadrat: number;
  hardCoralPct: number;
  softCoralPct: number;
  algaePct: number;
  bleachedPct: number;
}

declare const objectStore: {
  put(key: string, body: Blob, meta: Record<string, string>): Promise<{ etag: string }>;
};
declare const surveyIndex: {
  append(transectId: string, rows: CoverEstimate[]): void;
  commit(transectId: string): Promise<void>;
};
declare function estimateCover(photo: QuadratPhoto): Promise<CoverEstimate>;

export class TransectUploader {
  private readonly pendingRows = new Map<string, CoverEstimate[]>();
  private uploadedBytes = 0;

  constructor(private readonly surveyId: string, private readonly maxBatch = 8) {}

  private photoKey(p: QuadratPhoto): string {
    const q = String(p.quadrat).padStart(3, '0');
    return `${this.surveyId}/${p.transectId}/q${q}-${p.depthM.toFixed(1)}m.jpg`;
  }

  private async uploadOne(photo: QuadratPhoto): Promise<void> {
    const [stored, cover] = await Promise.all([
      objectStore.put(this.photoKey(photo), photo.file, {
        takenAt: photo.takenAt.toISOString(),
        depth: String(photo.depthM),
      }),
      estimateCover(photo),
    ]);
    this.uploadedBytes += photo.file.size;
    const rows = this.pendingRows.get(photo.transectId) ?? [];
    rows.push(cover);
    this.pendingRows.set(photo.transectId, rows);
    if (!stored.etag) throw new Error(`no etag for quadrat ${photo.quadrat}`);
  }

  private async flushIndex(): Promise<void> {
    for (const [transectId, rows] of this.pendingRows) {
      surveyIndex.append(transectId, rows.sort((a, b) => a.quadrat - b.quadrat));
      await surveyIndex.commit(transectId);
    }
    this.pendingRows.clear();
  }

  private async writeManifest(photos: readonly QuadratPhoto[]): Promise<void> {
    const manifest = photos.map((p) => ({ key: this.photoKey(p), takenAt: p.takenAt.toISOString() }));
    const body = new Blob([JSON.stringify(manifest)], { type: 'application/json' });
    await objectStore.put(`${this.surveyId}/manifest.json`, body, { count: String(photos.length) });
  }

  async uploadTransect(photos: readonly QuadratPhoto[]): Promise<{ photos: number; megabytes: number }> {
    for (let i = 0; i < photos.length; i += this.maxBatch) {
      const batch = photos.slice(i, i + this.maxBatch);
      await Promise.all(batch.map((p) => this.uploadOne(p)));
    }
    await Promise.all([this.writeManifest(photos), this.flushIndex]);
    return { photos: photos.length, megabytes: this.uploadedBytes / 1_048_576 };
  }
}

export function bleachingAlert(rows: readonly CoverEstimate[], thresholdPct = 20): number[] {
  return rows.filter((r) => r.bleachedPct >= thresholdPct).map((r) => r.quadrat);
}
