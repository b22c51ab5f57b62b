// expect: no-swallowed-abort
// renderPreview's retry loop treats the AbortError from the caller's signal like any render failure, retrying it and finally throwing a generic "render failed" error.
export interface ObjectCell {
  kind: 'oil' | 'dry';
  pieces: Array<{ shape: 'bead' | 'shard' | 'rod'; colour: string; sizeMm: number }>;
}

export interface PreviewRequest {
  scopeId: string;
  mirrors: 2 | 3 | 4;
  cell: ObjectCell;
  rotationDeg: number;
  sizePx: number;
}

export interface PreviewImage {
  scopeId: string;
  png: Uint8Array;
  renderMs: number;
}

export class RenderFailedError extends Error {
  constructor(readonly scopeId: string, readonly attempts: number, options?: { cause?: unknown }) {
    super(`preview render failed for ${scopeId} after ${attempts} attempts`, options);
    this.name = 'RenderFailedError';
  }
}

declare const RENDER_FARM_URL: string;
declare function backoff(attempt: number): Promise<void>;

function encodeRequest(req: PreviewRequest): string {
  return JSON.stringify({
    scope: req.scopeId,
    mirrors: req.mirrors,
    // The farm expects the cell as a flat list, largest pieces first so they settle underneath.
    pieces: [...req.cell.pieces].sort((a, b) => b.sizeMm - a.sizeMm),
    viscous: req.cell.kind === 'oil',
    rotation: ((req.rotationDeg % 360) + 360) % 360,
    size: req.sizePx,
  });
}

export async function renderPreview(
  req: PreviewRequest,
  signal: AbortSignal,
  maxAttempts = 3,
): Promise<PreviewImage> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const started = Date.now();
    try {
      const res = await fetch(`${RENDER_FARM_URL}/preview`, {
        method: 'POST',
        body: encodeRequest(req),
        headers: { 'content-type': 'application/json' },
        signal,
      });
      if (!res.ok) throw new Error(`render farm HTTP ${res.status}`);
      const png = new Uint8Array(await res.arrayBuffer());
      return { scopeId: req.scopeId, png, renderMs: Date.now() - started };
    } catch (err) {
      lastError = err;
      if (attempt < maxAttempts) await backoff(attempt);
    }
  }
  throw new RenderFailedError(req.scopeId, maxAttempts, { cause: lastError });
}

export async function renderTurntable(
  base: Omit<PreviewRequest, 'rotationDeg'>,
  frames: number,
  signal: AbortSignal,
): Promise<PreviewImage[]> {
  const images: PreviewImage[] = [];
  const step = 360 / frames;
  for (let i = 0; i < frames; i++) {
    images.push(await renderPreview({ ...base, rotationDeg: i * step }, signal));
  }
  return images;
}

export function averageRenderMs(images: PreviewImage[]): number {
  if (images.length === 0) return 0;
  return Math.round(images.reduce((s, img) => s + img.renderMs, 0) / images.length);
}
