// expect: no-uncalled-async-function
// syncTideTables is put into Promise.all as a function reference instead of being called, so the tide tables are never synced and Promise.all just passes the function through.
interface DivePhoto {
  file: string;
  transectId: string;
  takenAt: string;
  depthM: number;
}

interface SurveyBatch {
  id: string;
  region: string;
  photos: DivePhoto[];
  tallies: Array<{ transectId: string; species: string; count: number }>;
}

declare const tides: {
  latest(region: string): Promise<Array<{ at: string; heightM: number }>>;
};

declare const store: {
  putTideTable(region: string, rows: Array<{ at: string; heightM: number }>): Promise<void>;
  putPhoto(photo: DivePhoto): Promise<string>;
  putTallies(batchId: string, tallies: SurveyBatch['tallies']): Promise<void>;
  markBatchSynced(batchId: string, photoUrls: string[]): Promise<void>;
};

let currentRegion = 'monterey';

async function syncTideTables(): Promise<void> {
  const rows = await tides.latest(currentRegion);
  await store.putTideTable(currentRegion, rows);
}

async function uploadPhotos(batch: SurveyBatch): Promise<string[]> {
  const urls: string[] = [];
  for (const photo of batch.photos) {
    urls.push(await store.putPhoto(photo));
  }
  return urls;
}

export async function syncBatch(batch: SurveyBatch): Promise<{ photos: number; tallies: number }> {
  currentRegion = batch.region;

  const [, photoUrls] = await Promise.all([
    syncTideTables,
    uploadPhotos(batch),
    store.putTallies(batch.id, batch.tallies),
  ]);

  await store.markBatchSynced(batch.id, photoUrls);
  return { photos: photoUrls.length, tallies: batch.tallies.length };
}

export async function syncAll(batches: SurveyBatch[]): Promise<Map<string, string>> {
  const errors = new Map<string, string>();
  for (const batch of batches) {
    try {
      const { photos, tallies } = await syncBatch(batch);
      console.log(`batch ${batch.id}: ${photos} photo(s), ${tallies} tally row(s)`);
    } catch (err) {
      errors.set(batch.id, (err as Error).message);
    }
  }
  return errors;
}

export function deepestPhoto(batch: SurveyBatch): DivePhoto | undefined {
  return batch.photos.reduce<DivePhoto | undefined>((deepest, p) => (!deepest || p.depthM > deepest.depthM ? p : deepest), undefined);
}
