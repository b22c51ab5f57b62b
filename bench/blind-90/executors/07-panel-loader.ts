// expect: no-multiple-settle
// The executor is async and awaits the tile-manifest request before wiring onload/onerror; if that request rejects, the rejection is lost and the returned promise never settles.
export interface TileManifest {
  panelId: string;
  imageUrl: string;
  widthPx: number;
  heightPx: number;
  tesseraeCount: number;
}

export interface LoadedPanel {
  manifest: TileManifest;
  image: HTMLImageElement;
  scale: number;
}

declare const restorationApi: {
  manifest(panelId: string): Promise<TileManifest>;
};

const panelCache = new Map<string, Promise<LoadedPanel>>();

export function loadPanel(panelId: string, viewportWidth: number): Promise<LoadedPanel> {
  const cached = panelCache.get(panelId);
  if (cached) return cached;

  const pending = new Promise<LoadedPanel>(async (resolve, reject) => {
    const manifest = await restorationApi.manifest(panelId);
    const image = new Image();
    image.decoding = 'async';
    image.crossOrigin = 'anonymous';
    image.onload = () => {
      resolve({ manifest, image, scale: viewportWidth / manifest.widthPx });
    };
    image.onerror = () => {
      reject(new Error(`could not load photograph for panel ${panelId}`));
    };
    image.src = manifest.imageUrl;
  });

  panelCache.set(panelId, pending);
  pending.catch(() => panelCache.delete(panelId));
  return pending;
}

export async function drawPanel(canvas: HTMLCanvasElement, panelId: string) {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2d context unavailable');
  const { image, manifest, scale } = await loadPanel(panelId, canvas.clientWidth);
  canvas.width = Math.round(manifest.widthPx * scale);
  canvas.height = Math.round(manifest.heightPx * scale);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return manifest.tesseraeCount;
}

export function mountPanelViewer(root: HTMLElement) {
  const canvas = root.querySelector<HTMLCanvasElement>('canvas.panel')!;
  const status = root.querySelector<HTMLElement>('.status')!;
  const select = root.querySelector<HTMLSelectElement>('select.panel-picker')!;

  select.addEventListener('change', () => {
    status.textContent = 'Loading…';
    drawPanel(canvas, select.value).then(
      (count) => {
        status.textContent = `${count.toLocaleString()} tesserae catalogued`;
      },
      (err: Error) => {
        status.textContent = err.message;
      },
    );
  });
}
