// expect: none
// Each download merges the caller's signal with a per-file timeout via AbortSignal.any and passes the merged signal to both fetch and pipeline.
import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

export interface DrawingRef {
  partNo: string;
  revision: string;
  kind: 'shell-mould' | 'neck-cradle' | 'bow-holder' | 'hinge-plate';
  url: string;
}

export interface DownloadedDrawing {
  partNo: string;
  file: string;
  bytes: number;
}

declare const pdmApi: {
  base: string;
  headers(): Record<string, string>;
};

const PER_FILE_TIMEOUT_MS = 60_000;

async function listDrawings(caseModel: string, signal: AbortSignal): Promise<DrawingRef[]> {
  const res = await fetch(`${pdmApi.base}/models/${encodeURIComponent(caseModel)}/drawings?released=true`, {
    headers: pdmApi.headers(),
    signal,
  });
  if (!res.ok) throw new Error(`PDM listing failed: ${res.status}`);
  return (await res.json()) as DrawingRef[];
}

async function downloadOne(ref: DrawingRef, dir: string, signal: AbortSignal): Promise<DownloadedDrawing> {
  const perFile = AbortSignal.any([signal, AbortSignal.timeout(PER_FILE_TIMEOUT_MS)]);
  const res = await fetch(ref.url, { headers: pdmApi.headers(), signal: perFile });
  if (!res.ok || !res.body) throw new Error(`drawing ${ref.partNo} rev ${ref.revision}: HTTP ${res.status}`);

  const file = path.join(dir, `${ref.partNo}-${ref.revision}.dxf`);
  const body = Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
  await pipeline(body, createWriteStream(file), { signal: perFile });
  const { size } = await stat(file);
  return { partNo: ref.partNo, file, bytes: size };
}

function latestRevisions(refs: DrawingRef[]): DrawingRef[] {
  const latest = new Map<string, DrawingRef>();
  for (const ref of refs) {
    const prev = latest.get(ref.partNo);
    if (!prev || ref.revision.localeCompare(prev.revision, undefined, { numeric: true }) > 0) {
      latest.set(ref.partNo, ref);
    }
  }
  return [...latest.values()];
}

export async function syncWorkshopDrawings(
  caseModel: string,
  outDir: string,
  signal: AbortSignal,
  kinds: DrawingRef['kind'][] = ['shell-mould', 'neck-cradle', 'bow-holder', 'hinge-plate'],
): Promise<DownloadedDrawing[]> {
  const dir = path.join(outDir, caseModel);
  await mkdir(dir, { recursive: true });

  const refs = latestRevisions(await listDrawings(caseModel, signal)).filter((r) => kinds.includes(r.kind));
  const out: DownloadedDrawing[] = [];
  for (let i = 0; i < refs.length; i += 4) {
    const chunk = refs.slice(i, i + 4);
    out.push(...(await Promise.all(chunk.map((ref) => downloadOne(ref, dir, signal)))));
  }
  return out;
}
