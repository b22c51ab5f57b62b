// expect: none
// The ffmpeg clip job gets the caller's signal, and the catch rethrows AbortError untouched before translating real ffmpeg failures, so a cancelled export stays a cancellation.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';

const execFileAsync = promisify(execFile);

export interface FindMarker {
  dogId: string;
  videoFile: string;
  offsetSec: number;
  label: string;
}

export interface ClipResult {
  marker: FindMarker;
  outFile: string;
  ok: boolean;
  error?: string;
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export async function cutClip(marker: FindMarker, outDir: string, signal: AbortSignal): Promise<ClipResult> {
  const start = Math.max(0, marker.offsetSec - 8);
  const outFile = join(outDir, `${marker.dogId}-${Math.round(marker.offsetSec)}s.mp4`);
  try {
    await execFileAsync(
      'ffmpeg',
      ['-y', '-ss', String(start), '-i', marker.videoFile, '-t', '16', '-c:v', 'libx264', '-an', outFile],
      { signal, maxBuffer: 4 * 1024 * 1024 },
    );
    return { marker, outFile, ok: true };
  } catch (err) {
    if (isAbort(err)) throw err;
    const stderr = (err as { stderr?: string }).stderr ?? '';
    const lastLine = stderr.trim().split('\n').pop() ?? String(err);
    return { marker, outFile, ok: false, error: lastLine };
  }
}

export async function exportSessionHighlights(markers: FindMarker[], outDir: string, signal: AbortSignal): Promise<ClipResult[]> {
  const results: ClipResult[] = [];
  for (const marker of markers) {
    signal.throwIfAborted();
    results.push(await cutClip(marker, outDir, signal));
  }
  return results;
}

export function highlightReel(results: ClipResult[]): string {
  const ok = results.filter((r) => r.ok);
  const failed = results.filter((r) => !r.ok);
  const lines = ok.map((r) => `file '${r.outFile}'  # ${r.marker.label}`);
  if (failed.length > 0) {
    lines.push(`# skipped ${failed.length}: ${failed.map((f) => `${f.marker.dogId}@${f.marker.offsetSec}s (${f.error})`).join('; ')}`);
  }
  return lines.join('\n');
}
