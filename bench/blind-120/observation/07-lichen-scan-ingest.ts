// expect: none
// The thumbnail promise is started early but gets its rejection handler in the same expression, so holding it across the database insert cannot produce an unhandled rejection.
import { stat } from 'node:fs/promises';

export interface ScanFile {
  path: string;
  accession: string;
  scannedBy: string;
}

export interface SpecimenRecord {
  id: number;
  accession: string;
  taxon: string | null;
  substrate: string | null;
}

export interface SpecimenDb {
  insertSpecimen(row: { accession: string; scanPath: string; scanBytes: number; scannedBy: string }): Promise<SpecimenRecord>;
  attachThumbnail(id: number, thumbPath: string): Promise<void>;
}

export interface ImageService {
  makeThumbnail(path: string, widthPx: number): Promise<string>;
}

type ThumbOutcome = { ok: true; path: string } | { ok: false; error: string };

export interface IngestResult {
  record: SpecimenRecord;
  thumbnail: string | null;
  warnings: string[];
}

export class HerbariumIngest {
  constructor(
    private readonly db: SpecimenDb,
    private readonly images: ImageService,
  ) {}

  async ingest(scan: ScanFile): Promise<IngestResult> {
    // thumbnails are slow on the big sheet scans; start them while the row is written
    const thumbnail: Promise<ThumbOutcome> = this.images.makeThumbnail(scan.path, 320).then(
      (path): ThumbOutcome => ({ ok: true, path }),
      (err: unknown): ThumbOutcome => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
    );

    const info = await stat(scan.path);
    const record = await this.db.insertSpecimen({
      accession: scan.accession,
      scanPath: scan.path,
      scanBytes: info.size,
      scannedBy: scan.scannedBy,
    });

    const warnings: string[] = [];
    const thumb = await thumbnail;
    if (thumb.ok) {
      await this.db.attachThumbnail(record.id, thumb.path);
    } else {
      warnings.push(`thumbnail failed for ${scan.accession}: ${thumb.error}`);
    }
    return { record, thumbnail: thumb.ok ? thumb.path : null, warnings };
  }

  async ingestDrawer(scans: ScanFile[]): Promise<IngestResult[]> {
    const results: IngestResult[] = [];
    for (const scan of scans) {
      results.push(await this.ingest(scan));
    }
    return results;
  }
}
