// expect: no-unobserved-promise
// The cover-art fetch is started first and only awaited after the long page scan, so if it rejects while the scan is still running there is no handler attached and it surfaces as an unhandled rejection.
export interface Volume {
  shelfmark: string;
  isbn?: string;
  title: string;
  leaves: number;
}

export interface CoverArchive {
  fetchOriginalCover(isbn: string): Promise<Uint8Array>;
}

export interface PageScanner {
  scanLeaves(shelfmark: string, leaves: number): Promise<{ damagedLeaves: number[]; tightness: number }>;
}

export interface ConservationRecord {
  shelfmark: string;
  coverImage: Uint8Array | null;
  damagedLeaves: number[];
  recommendedSewing: 'all-along' | 'two-on' | 'recase-only';
  createdAt: Date;
}

export interface RecordStore {
  save(record: ConservationRecord): Promise<void>;
}

function chooseSewing(leaves: number, damaged: number[], tightness: number): ConservationRecord['recommendedSewing'] {
  if (damaged.length === 0 && tightness > 0.7) return 'recase-only';
  if (leaves > 400 || damaged.length > leaves * 0.1) return 'all-along';
  return 'two-on';
}

export class RebindingIntake {
  constructor(
    private readonly covers: CoverArchive,
    private readonly scanner: PageScanner,
    private readonly store: RecordStore,
  ) {}

  async intake(volume: Volume): Promise<ConservationRecord> {
    const coverRequest = volume.isbn ? this.covers.fetchOriginalCover(volume.isbn) : null;

    const scan = await this.scanner.scanLeaves(volume.shelfmark, volume.leaves);
    const sewing = chooseSewing(volume.leaves, scan.damagedLeaves, scan.tightness);

    const record: ConservationRecord = {
      shelfmark: volume.shelfmark,
      coverImage: coverRequest ? await coverRequest : null,
      damagedLeaves: scan.damagedLeaves,
      recommendedSewing: sewing,
      createdAt: new Date(),
    };
    await this.store.save(record);
    return record;
  }

  async intakeShelf(volumes: Volume[]): Promise<ConservationRecord[]> {
    const records: ConservationRecord[] = [];
    for (const v of volumes) {
      records.push(await this.intake(v));
    }
    return records;
  }
}
