// expect: none
// The request signal reaches every fetch through requestInit(), which builds the init object elsewhere, and the render loop checks it between pages.
import type { IncomingMessage } from 'node:http';

export interface PreviewRequest {
  jobId: string;
  pages: number[];
  dpi: 72 | 150 | 300;
  colour: boolean;
}

export interface PagePreview {
  page: number;
  png: Uint8Array;
  inkCoverage: number;
}

declare const rasterService: { baseUrl: string; token: string };
declare const previewCache: {
  get(key: string): Uint8Array | undefined;
  set(key: string, png: Uint8Array): void;
};

function requestInit(signal: AbortSignal, body?: unknown): RequestInit {
  return {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${rasterService.token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  };
}

function cacheKey(req: PreviewRequest, page: number): string {
  return `${req.jobId}:${page}:${req.dpi}:${req.colour ? 'c' : 'k'}`;
}

function estimateCoverage(png: Uint8Array): number {
  let dark = 0;
  for (let i = 0; i < png.length; i += 97) if (png[i] < 64) dark++;
  return Math.min(1, dark / Math.max(1, png.length / 97));
}

async function renderPage(req: PreviewRequest, page: number, signal: AbortSignal): Promise<PagePreview> {
  const key = cacheKey(req, page);
  const cached = previewCache.get(key);
  if (cached) return { page, png: cached, inkCoverage: estimateCoverage(cached) };

  const init = requestInit(signal, { jobId: req.jobId, page, dpi: req.dpi, colour: req.colour });
  const res = await fetch(`${rasterService.baseUrl}/render`, init);
  if (!res.ok) throw new Error(`raster service failed on ${req.jobId} page ${page}: ${res.status}`);
  const png = new Uint8Array(await res.arrayBuffer());
  previewCache.set(key, png);
  return { page, png, inkCoverage: estimateCoverage(png) };
}

export async function buildPreview(req: PreviewRequest, options: { signal: AbortSignal }): Promise<PagePreview[]> {
  const meta = await fetch(`${rasterService.baseUrl}/jobs/${req.jobId}`, requestInit(options.signal));
  if (!meta.ok) throw new Error(`unknown print job ${req.jobId}`);
  const { pageCount } = (await meta.json()) as { pageCount: number };

  const previews: PagePreview[] = [];
  for (const page of req.pages.filter((p) => p >= 1 && p <= pageCount)) {
    options.signal.throwIfAborted();
    previews.push(await renderPage(req, page, options.signal));
  }
  return previews;
}

export function signalForClient(req: IncomingMessage): AbortSignal {
  const controller = new AbortController();
  req.once('close', () => {
    if (!req.complete) controller.abort(new Error('client disconnected'));
  });
  return controller.signal;
}
