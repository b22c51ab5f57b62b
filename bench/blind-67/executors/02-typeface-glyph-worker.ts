// expect: no-multiple-settle
// rasterizeInWorker settles on 'message' or 'error' only; a worker that exits without posting (process.exit, OOM under resourceLimits) leaves the promise pending forever.
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { join } from "node:path";

export type Hinting = "none" | "light" | "full";

export interface GlyphJob {
  fontId: string;
  codepoints: number[];
  sizePx: number;
  hinting: Hinting;
}

export interface GlyphBitmap {
  codepoint: number;
  width: number;
  height: number;
  advance: number;
  data: Uint8Array;
}

type WorkerReply = { ok: true; bitmaps: GlyphBitmap[] } | { ok: false; message: string };

declare const fontRegistry: {
  resolvePath(fontId: string): Promise<string>;
};

declare const metrics: {
  timing(name: string, ms: number, tags?: Record<string, string>): void;
};

const RASTER_SCRIPT = join(__dirname, "rasterize-worker.js");
const MAX_WORKERS = Math.max(1, Math.min(availableParallelism() - 1, 6));

function partition<T>(items: T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

function rasterizeInWorker(fontPath: string, job: GlyphJob, codepoints: number[]): Promise<GlyphBitmap[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(RASTER_SCRIPT, {
      workerData: { fontPath, sizePx: job.sizePx, hinting: job.hinting, codepoints },
      resourceLimits: { maxOldGenerationSizeMb: 192 },
    });
    worker.once("message", (reply: WorkerReply) => {
      if (reply.ok) {
        resolve(reply.bitmaps);
      } else {
        reject(new Error(`rasterizer failed for ${job.fontId}@${job.sizePx}px: ${reply.message}`));
      }
    });
    worker.once("error", (err) => {
      reject(new Error(`rasterizer crashed for ${job.fontId}`, { cause: err }));
    });
  });
}

export async function renderGlyphAtlas(job: GlyphJob): Promise<GlyphBitmap[]> {
  if (job.codepoints.length === 0) {
    return [];
  }
  const unique = [...new Set(job.codepoints)].sort((a, b) => a - b);
  const fontPath = await fontRegistry.resolvePath(job.fontId);

  const started = performance.now();
  const slices = partition(unique, Math.min(MAX_WORKERS, unique.length));
  const results = await Promise.all(slices.map((slice) => rasterizeInWorker(fontPath, job, slice)));
  metrics.timing("glyph_atlas.render_ms", performance.now() - started, {
    font: job.fontId,
    hinting: job.hinting,
  });

  const merged = results.flat();
  merged.sort((a, b) => a.codepoint - b.codepoint);
  const missing = unique.filter((cp, i) => merged[i]?.codepoint !== cp);
  if (missing.length > 0) {
    throw new Error(`atlas for ${job.fontId} is missing ${missing.length} glyph(s)`);
  }
  return merged;
}

export function atlasArea(bitmaps: GlyphBitmap[], padding = 1): number {
  return bitmaps.reduce((sum, b) => sum + (b.width + padding * 2) * (b.height + padding * 2), 0);
}
