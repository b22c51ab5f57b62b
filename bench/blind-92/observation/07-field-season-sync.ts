// expect: no-unchecked-settled-results
// The allSettled results are cast to PromiseFulfilledResult and .value is read without checking status, so a rejected upload yields undefined entries in the synced list.
export interface FieldFind {
  localId: string;
  square: string;
  taxon: string;
  element: string;
  depthCm: number;
  photos: string[];
}

export interface SyncedFind extends FieldFind {
  catalogueNo: string;
}

declare const tablet: {
  pendingFinds(): Promise<FieldFind[]>;
  markSynced(localId: string, catalogueNo: string): Promise<void>;
};

declare const museum: {
  createSpecimen(find: FieldFind): Promise<{ catalogueNo: string }>;
  uploadPhoto(catalogueNo: string, path: string): Promise<void>;
};

async function syncOne(find: FieldFind): Promise<SyncedFind> {
  const { catalogueNo } = await museum.createSpecimen(find);
  for (const photo of find.photos) {
    await museum.uploadPhoto(catalogueNo, photo);
  }
  await tablet.markSynced(find.localId, catalogueNo);
  return { ...find, catalogueNo };
}

async function inBatches<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>) {
  const out: PromiseSettledResult<R>[] = [];
  for (let i = 0; i < items.length; i += size) {
    const batch = items.slice(i, i + size);
    out.push(...(await Promise.allSettled(batch.map(fn))));
  }
  return out;
}

/**
 * Runs when the field tablet gets satellite uplink in the evening. Uplink is
 * flaky, so a find that fails stays pending on the tablet for tomorrow.
 */
export async function syncFieldDay(): Promise<{ synced: SyncedFind[]; pending: number }> {
  const finds = await tablet.pendingFinds();
  if (finds.length === 0) return { synced: [], pending: 0 };

  const results = await inBatches(finds, 4, syncOne);
  const synced = results.map((r) => (r as PromiseFulfilledResult<SyncedFind>).value);

  synced.sort((a, b) => a.square.localeCompare(b.square) || a.depthCm - b.depthCm);
  return { synced, pending: finds.length - synced.length };
}

export function fieldLogLine(find: SyncedFind): string {
  return `${find.catalogueNo}  ${find.square}  ${find.depthCm}cm  ${find.taxon} (${find.element})`;
}
