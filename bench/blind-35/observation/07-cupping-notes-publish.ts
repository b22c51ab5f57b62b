// expect: no-unobserved-promise
// All photo uploads start at once but only the hero upload is awaited first; on the early return (or while waiting) the other uploads can reject with nothing attached.
export interface CuppingNote {
  lotId: string;
  cupper: string;
  aroma: number;
  acidity: number;
  body: number;
  finish: number;
  descriptors: string[];
  photoPath: string;
}

export interface UploadedPhoto {
  path: string;
  publicUrl: string | null;
  width: number;
}

export interface PublishedLot {
  lotId: string;
  score: number;
  heroImage: string;
  gallery: string[];
  tastingNotes: string[];
}

declare const mediaStore: {
  upload(localPath: string, opts: { maxWidth: number }): Promise<UploadedPhoto>;
};

declare const shopCms: {
  publishLot(lot: PublishedLot): Promise<{ url: string }>;
};

declare const roasteryLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

export function lotScore(notes: CuppingNote[]): number {
  if (notes.length === 0) return 0;
  const perCupper = notes.map((n) => (n.aroma + n.acidity + n.body + n.finish) / 4);
  // SCA-style: scale the 0-10 average to the familiar 100-point range, dropping the harshest cupper if there are 4+.
  const sorted = [...perCupper].sort((a, b) => a - b);
  const kept = sorted.length >= 4 ? sorted.slice(1) : sorted;
  return Math.round((kept.reduce((a, b) => a + b, 0) / kept.length) * 10 * 10) / 10;
}

function topDescriptors(notes: CuppingNote[], limit = 5): string[] {
  const counts = new Map<string, number>();
  for (const d of notes.flatMap((n) => n.descriptors.map((x) => x.toLowerCase().trim()))) {
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([d]) => d);
}

export async function publishLot(lotId: string, notes: CuppingNote[]): Promise<{ url: string } | null> {
  const forLot = notes.filter((n) => n.lotId === lotId);
  if (forLot.length === 0) return null;

  const uploads = forLot.map((n, i) => mediaStore.upload(n.photoPath, { maxWidth: i === 0 ? 2400 : 1200 }));
  const hero = await uploads[0];
  if (!hero.publicUrl) {
    roasteryLog.warn('hero photo not public yet, skipping publish', { lotId, path: hero.path });
    return null;
  }

  const gallery = await Promise.all(uploads.slice(1));
  return shopCms.publishLot({
    lotId,
    score: lotScore(forLot),
    heroImage: hero.publicUrl,
    gallery: gallery.flatMap((g) => (g.publicUrl ? [g.publicUrl] : [])),
    tastingNotes: topDescriptors(forLot),
  });
}
