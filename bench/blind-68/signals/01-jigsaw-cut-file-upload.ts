// expect: require-signal-propagation
// Bug: the caller's signal reaches fetch but not the backoff sleep, so an abort during backoff waits out the full delay before anything notices.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CutFile {
  puzzleId: string;
  pieces: number;
  svg: string;
  sheet: { widthMm: number; heightMm: number; thicknessMm: number };
}

export interface UploadReceipt {
  puzzleId: string;
  jobId: string;
  queuedAt: string;
  estimatedMinutes: number;
}

declare const cutterFleet: {
  baseUrl: string;
  token: string;
};

export class UploadRejected extends Error {
  constructor(readonly status: number, readonly body: string) {
    super(`cutter fleet rejected upload (${status}): ${body.slice(0, 200)}`);
  }
}

function validate(file: CutFile): void {
  if (file.pieces < 2) throw new Error('a puzzle needs at least two pieces');
  if (!file.svg.includes('<path')) throw new Error(`cut file for ${file.puzzleId} has no paths`);
  if (file.sheet.thicknessMm > 4) throw new Error('laser head is rated for 4 mm board at most');
}

function estimateMinutes(file: CutFile): number {
  // Empirical: ~1.8 s per piece on 2 mm board, scaling linearly with thickness.
  return Math.ceil((file.pieces * 1.8 * (file.sheet.thicknessMm / 2)) / 60);
}

const RETRYABLE = new Set([408, 425, 429, 502, 503, 504]);

export async function uploadCutFile(
  file: CutFile,
  options: { signal?: AbortSignal; maxAttempts?: number } = {},
): Promise<UploadReceipt> {
  validate(file);
  const { signal, maxAttempts = 4 } = options;
  const body = JSON.stringify({ puzzleId: file.puzzleId, svg: file.svg, sheet: file.sheet });

  for (let attempt = 1; ; attempt++) {
    let backoffMs = 500 * 2 ** attempt;
    try {
      const res = await fetch(`${cutterFleet.baseUrl}/jobs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${cutterFleet.token}` },
        body,
        signal,
      });
      if (res.ok) {
        const { jobId, queuedAt } = (await res.json()) as { jobId: string; queuedAt: string };
        return { puzzleId: file.puzzleId, jobId, queuedAt, estimatedMinutes: estimateMinutes(file) };
      }
      const text = await res.text();
      if (!RETRYABLE.has(res.status) || attempt >= maxAttempts) {
        throw new UploadRejected(res.status, text);
      }
      const retryAfter = Number(res.headers.get('retry-after'));
      if (Number.isFinite(retryAfter) && retryAfter > 0) backoffMs = retryAfter * 1000;
    } catch (err) {
      if (err instanceof UploadRejected || signal?.aborted || attempt >= maxAttempts) throw err;
    }
    await sleep(backoffMs);
  }
}
