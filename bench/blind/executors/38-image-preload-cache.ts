// expect: none
// The cache hit resolves and returns immediately, and a loading image settles from exactly one of onload/onerror, so each promise settles once.
const loaded = new Map<string, HTMLImageElement>();

export function preloadImage(src: string): Promise<HTMLImageElement> {
  return new Promise<HTMLImageElement>((resolve, reject) => {
    const hit = loaded.get(src);
    if (hit) {
      resolve(hit);
      return;
    }
    const img = new Image();
    img.decoding = 'async';
    img.onload = () => {
      loaded.set(src, img);
      resolve(img);
    };
    img.onerror = () => reject(new Error(`failed to load image ${src}`));
    img.src = src;
  });
}

export async function showGallery(container: HTMLElement, sources: string[]): Promise<void> {
  const results = await Promise.allSettled(sources.map(preloadImage));
  container.replaceChildren();
  for (const r of results) {
    if (r.status === 'fulfilled') container.append(r.value.cloneNode());
  }
}
