// expect: no-swallowed-abort
// fetchThumbnail's catch-all turns the AbortError from a cancelled gallery load into a null placeholder, so callers cannot tell cancellation from a missing image.
export interface ThumbnailOptions {
  signal: AbortSignal;
  size?: 128 | 256 | 512;
}

export interface GalleryTile {
  specimenId: string;
  image: Uint8Array | null;
  placeholder: boolean;
}

const IMAGE_HOST = 'https://images.meteorite-catalogue.example';

export async function fetchThumbnail(specimenId: string, options: ThumbnailOptions): Promise<Uint8Array | null> {
  const size = options.size ?? 256;
  const url = `${IMAGE_HOST}/specimens/${encodeURIComponent(specimenId)}/thumb-${size}.webp`;
  try {
    const res = await fetch(url, { signal: options.signal });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`image host answered ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  } catch (err) {
    console.warn(`thumbnail for ${specimenId} unavailable: ${(err as Error).message}`);
    return null;
  }
}

export async function loadGalleryPage(
  specimenIds: string[],
  page: number,
  pageSize: number,
  signal: AbortSignal,
): Promise<GalleryTile[]> {
  const ids = specimenIds.slice(page * pageSize, (page + 1) * pageSize);
  const images = await Promise.all(ids.map((id) => fetchThumbnail(id, { signal, size: 256 })));
  return ids.map((specimenId, i) => ({
    specimenId,
    image: images[i],
    placeholder: images[i] === null,
  }));
}

export function galleryHtml(tiles: GalleryTile[]): string {
  const cells = tiles.map((t) => {
    if (!t.image) return `<figure class="tile missing"><figcaption>${t.specimenId}</figcaption></figure>`;
    const b64 = Buffer.from(t.image).toString('base64');
    return `<figure class="tile"><img src="data:image/webp;base64,${b64}" alt="${t.specimenId}"><figcaption>${t.specimenId}</figcaption></figure>`;
  });
  return `<section class="gallery">${cells.join('')}</section>`;
}

export async function renderGalleryPage(
  specimenIds: string[],
  page: number,
  signal: AbortSignal,
): Promise<{ html: string; missing: number }> {
  const tiles = await loadGalleryPage(specimenIds, page, 24, signal);
  return { html: galleryHtml(tiles), missing: tiles.filter((t) => t.placeholder).length };
}
