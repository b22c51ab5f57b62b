// expect: none
// Retries are only for per-attempt TimeoutErrors and transient failures; once the caller's signal is aborted the error is rethrown untouched, and the backoff delay observes the same signal.
import { setTimeout as delay } from 'node:timers/promises';

export interface Frame {
  reel: string;
  index: number;
  image: Uint8Array;
}

export interface OcrResult {
  reel: string;
  index: number;
  text: string;
  confidence: number;
}

declare const ocr: {
  recognise(image: Uint8Array, opts: { language: string; signal: AbortSignal }): Promise<{ text: string; confidence: number }>;
};

declare const archiveStore: {
  saveText(result: OcrResult, opts: { signal: AbortSignal }): Promise<void>;
  flagForReview(reel: string, index: number, reason: string): Promise<void>;
};

const PER_ATTEMPT_MS = 20_000;
const MAX_ATTEMPTS = 4;
const MIN_CONFIDENCE = 0.72;

function isRetryable(err: unknown): boolean {
  if (err instanceof DOMException && err.name === 'TimeoutError') {
    return true;
  }
  const status = (err as { status?: number } | null)?.status;
  return status === 429 || status === 502 || status === 503;
}

async function recogniseWithRetry(frame: Frame, language: string, signal: AbortSignal): Promise<OcrResult> {
  for (let attempt = 1; ; attempt++) {
    const attemptSignal = AbortSignal.any([signal, AbortSignal.timeout(PER_ATTEMPT_MS)]);
    try {
      const { text, confidence } = await ocr.recognise(frame.image, { language, signal: attemptSignal });
      return { reel: frame.reel, index: frame.index, text, confidence };
    } catch (err) {
      if (signal.aborted) {
        throw err;
      }
      if (!isRetryable(err) || attempt >= MAX_ATTEMPTS) {
        throw err;
      }
      await delay(250 * 2 ** attempt, undefined, { signal });
    }
  }
}

export async function processReel(
  frames: Frame[],
  opts: { language: string; signal: AbortSignal },
): Promise<{ saved: number; flagged: number }> {
  let saved = 0;
  let flagged = 0;

  for (const frame of frames) {
    opts.signal.throwIfAborted();
    const result = await recogniseWithRetry(frame, opts.language, opts.signal);
    if (result.confidence < MIN_CONFIDENCE || result.text.trim().length === 0) {
      await archiveStore.flagForReview(frame.reel, frame.index, `confidence ${result.confidence.toFixed(2)}`);
      flagged++;
      continue;
    }
    await archiveStore.saveText(result, { signal: opts.signal });
    saved++;
  }

  return { saved, flagged };
}
