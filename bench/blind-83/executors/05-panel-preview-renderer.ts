// expect: no-multiple-settle
// The async executor awaits paletteStore.load before wiring any settle path; if that load rejects the rejection escapes the executor and the returned promise never settles.
import { Worker } from 'node:worker_threads';
import path from 'node:path';

interface Tessera {
  x: number;
  y: number;
  colourId: string;
  glazed: boolean;
}

interface Palette {
  id: string;
  colours: Record<string, [number, number, number]>;
}

interface PreviewRequest {
  panelId: string;
  paletteId: string;
  widthPx: number;
  heightPx: number;
}

declare const paletteStore: {
  load(id: string): Promise<Palette>;
};

declare const panelStore: {
  tesserae(panelId: string): Promise<Tessera[]>;
  savePreview(panelId: string, png: Buffer): Promise<string>;
};

const RENDER_WORKER = path.join(__dirname, 'render-worker.js');

export function renderPanelPreview(req: PreviewRequest, tesserae: Tessera[]): Promise<Buffer> {
  return new Promise<Buffer>(async (resolve, reject) => {
    const palette = await paletteStore.load(req.paletteId);
    const worker = new Worker(RENDER_WORKER, {
      workerData: { width: req.widthPx, height: req.heightPx, palette: palette.colours, tesserae },
    });

    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (msg: { ok: true; png: Uint8Array } | { ok: false; error: string }) => {
      cleanup();
      if (msg.ok) {
        resolve(Buffer.from(msg.png));
      } else {
        reject(new Error(`render failed for ${req.panelId}: ${msg.error}`));
      }
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`render worker for ${req.panelId} exited with code ${code} before replying`));
    };

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

export async function refreshPreviews(panelIds: string[], paletteId: string): Promise<Record<string, string>> {
  const urls: Record<string, string> = {};
  for (const panelId of panelIds) {
    const tesserae = await panelStore.tesserae(panelId);
    if (tesserae.length === 0) continue;

    const maxX = Math.max(...tesserae.map((t) => t.x));
    const maxY = Math.max(...tesserae.map((t) => t.y));
    const png = await renderPanelPreview(
      { panelId, paletteId, widthPx: (maxX + 1) * 8, heightPx: (maxY + 1) * 8 },
      tesserae,
    );
    urls[panelId] = await panelStore.savePreview(panelId, png);
  }
  return urls;
}

export function glazedShare(tesserae: readonly Tessera[]): number {
  if (tesserae.length === 0) return 0;
  return tesserae.filter((t) => t.glazed).length / tesserae.length;
}
