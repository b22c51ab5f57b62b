// expect: no-unobserved-promise
// The manifest request is started before the lock and listing awaits, so if it rejects meanwhile nothing is attached to it yet.
export interface SpecimenRecord {
  catalogueNo: string;
  species: string;
  preparator: string;
  preparedYear: number;
  mountType: 'full' | 'shoulder' | 'skin' | 'skeleton';
  imageKeys: string[];
}

export interface Manifest {
  collectionId: string;
  generatedAt: string;
  records: SpecimenRecord[];
}

export interface MigrationTarget {
  bucket: string;
  dryRun: boolean;
}

export interface MigrationReport {
  collectionId: string;
  copied: number;
  skipped: number;
  missingImages: string[];
}

declare const legacyArchive: {
  fetchManifest(collectionId: string): Promise<Manifest>;
  readImage(key: string): Promise<Uint8Array | undefined>;
};
declare const newArchive: {
  listSpecimens(bucket: string, collectionId: string): Promise<string[]>;
  putSpecimen(bucket: string, record: SpecimenRecord, images: Uint8Array[]): Promise<void>;
};
declare const catalogueDb: {
  acquireLock(name: string, opts: { ttlSeconds: number }): Promise<{ release(): Promise<void> }>;
  recordMigration(report: MigrationReport): Promise<void>;
};

function normaliseRecord(record: SpecimenRecord): SpecimenRecord {
  return {
    ...record,
    catalogueNo: record.catalogueNo.trim().toUpperCase(),
    species: record.species.replace(/\s+/g, ' ').trim(),
    imageKeys: [...new Set(record.imageKeys)],
  };
}

async function loadImages(record: SpecimenRecord, missing: string[]): Promise<Uint8Array[]> {
  const images: Uint8Array[] = [];
  for (const key of record.imageKeys) {
    const bytes = await legacyArchive.readImage(key);
    if (bytes) images.push(bytes);
    else missing.push(`${record.catalogueNo}:${key}`);
  }
  return images;
}

export async function migrateCollection(collectionId: string, target: MigrationTarget): Promise<MigrationReport> {
  const manifestRequest = legacyArchive.fetchManifest(collectionId);
  const lock = await catalogueDb.acquireLock(`taxidermy-migrate:${collectionId}`, { ttlSeconds: 900 });
  try {
    const alreadyMigrated = new Set(await newArchive.listSpecimens(target.bucket, collectionId));
    const manifest = await manifestRequest;

    const report: MigrationReport = { collectionId, copied: 0, skipped: 0, missingImages: [] };
    for (const raw of manifest.records) {
      const record = normaliseRecord(raw);
      if (alreadyMigrated.has(record.catalogueNo)) {
        report.skipped += 1;
        continue;
      }
      const images = await loadImages(record, report.missingImages);
      if (!target.dryRun) await newArchive.putSpecimen(target.bucket, record, images);
      report.copied += 1;
    }

    if (!target.dryRun) await catalogueDb.recordMigration(report);
    return report;
  } finally {
    await lock.release();
  }
}
