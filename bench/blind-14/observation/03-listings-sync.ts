// expect: no-unobserved-promise
// Bug: photosPromise is started, then the code awaits the MLS listing fetch and the DB upsert before awaiting it; if the photo request rejects meanwhile nobody is listening.
declare const mls: {
  getListing(mlsId: string, opts: { signal: AbortSignal }): Promise<RemoteListing>;
  getPhotos(mlsId: string, opts: { signal: AbortSignal }): Promise<RemotePhoto[]>;
};

declare const listingsDb: {
  upsert(row: ListingRow): Promise<{ id: number; changed: boolean }>;
  replacePhotos(listingId: number, urls: string[]): Promise<void>;
};

interface RemoteListing {
  mlsId: string;
  address: string;
  priceUsd: number;
  bedrooms: number;
  status: 'active' | 'pending' | 'sold';
  modifiedAt: string;
}

interface RemotePhoto {
  url: string;
  order: number;
  caption?: string;
}

interface ListingRow {
  mlsId: string;
  address: string;
  price: number;
  beds: number;
  status: string;
  sourceModified: Date;
}

export interface SyncOutcome {
  mlsId: string;
  changed: boolean;
  photoCount: number;
}

function toRow(l: RemoteListing): ListingRow {
  return {
    mlsId: l.mlsId,
    address: l.address.trim(),
    price: Math.round(l.priceUsd),
    beds: l.bedrooms,
    status: l.status,
    sourceModified: new Date(l.modifiedAt),
  };
}

export async function syncListing(mlsId: string, timeoutMs = 15_000): Promise<SyncOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const photosPromise = mls.getPhotos(mlsId, { signal: controller.signal });
    const listing = await mls.getListing(mlsId, { signal: controller.signal });
    const { id, changed } = await listingsDb.upsert(toRow(listing));

    const photos = await photosPromise;
    const urls = photos
      .slice()
      .sort((a, b) => a.order - b.order)
      .map((p) => p.url);
    if (changed) {
      await listingsDb.replacePhotos(id, urls);
    }
    return { mlsId, changed, photoCount: urls.length };
  } finally {
    clearTimeout(timer);
  }
}

export async function syncMany(ids: string[]): Promise<SyncOutcome[]> {
  const out: SyncOutcome[] = [];
  for (const id of ids) {
    out.push(await syncListing(id));
  }
  return out;
}
