// expect: none
// All photo uploads are handed to Promise.all as soon as they start; on failure allSettled waits for the rest and only fulfilled ones are cleaned up.
export interface LotPhoto {
  fileName: string;
  bytes: Uint8Array;
  angle: 'front' | 'back' | 'nebari' | 'canopy' | 'pot-stamp';
}

export interface BonsaiLot {
  lotId: string;
  species: string;
  estimatedAgeYears: number;
  style: 'formal-upright' | 'cascade' | 'literati' | 'windswept' | 'forest';
  photos: LotPhoto[];
}

export interface UploadedPhoto {
  key: string;
  url: string;
  angle: LotPhoto['angle'];
}

declare const mediaCdn: {
  upload(path: string, bytes: Uint8Array, contentType: string): Promise<{ key: string; url: string }>;
  remove(key: string): Promise<void>;
};
declare const catalogApi: { publishLot(lotId: string, body: Record<string, unknown>): Promise<void> };

const REQUIRED_ANGLES: LotPhoto['angle'][] = ['front', 'nebari'];

function contentTypeFor(fileName: string): string {
  if (fileName.endsWith('.png')) return 'image/png';
  if (fileName.endsWith('.webp')) return 'image/webp';
  return 'image/jpeg';
}

export async function uploadLotPhotos(lot: BonsaiLot): Promise<UploadedPhoto[]> {
  const missing = REQUIRED_ANGLES.filter((angle) => !lot.photos.some((p) => p.angle === angle));
  if (missing.length > 0) {
    throw new Error(`Lot ${lot.lotId} is missing ${missing.join(' and ')} photos`);
  }

  const uploads = lot.photos.map(async (photo): Promise<UploadedPhoto> => {
    const { key, url } = await mediaCdn.upload(`lots/${lot.lotId}/${photo.fileName}`, photo.bytes, contentTypeFor(photo.fileName));
    return { key, url, angle: photo.angle };
  });

  try {
    return await Promise.all(uploads);
  } catch (err) {
    const settled = await Promise.allSettled(uploads);
    const stored = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value.key] : []));
    await Promise.all(stored.map((key) => mediaCdn.remove(key)));
    throw err;
  }
}

export async function publishLot(lot: BonsaiLot, reserveCents: number): Promise<void> {
  const photos = await uploadLotPhotos(lot);
  const rank = (angle: LotPhoto['angle']) => (REQUIRED_ANGLES.includes(angle) ? REQUIRED_ANGLES.indexOf(angle) : 99);
  const ordered = [...photos].sort((a, b) => rank(a.angle) - rank(b.angle));
  await catalogApi.publishLot(lot.lotId, {
    title: `${lot.species}, ${lot.style.replace('-', ' ')}, approx. ${lot.estimatedAgeYears} years`,
    reserveCents,
    photos: ordered.map((p) => ({ url: p.url, angle: p.angle })),
  });
}

export function catalogueOrder(lots: BonsaiLot[]): BonsaiLot[] {
  return [...lots].sort((a, b) => a.style.localeCompare(b.style) || b.estimatedAgeYears - a.estimatedAgeYears);
}
