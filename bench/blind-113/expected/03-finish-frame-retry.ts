// expect: no-reused-settled-promise
// withRetry receives one already-started promise and re-awaits it on every attempt, so after the first failure each retry just sees the same rejection and no new frame request is ever made.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryOptions {
  retries: number;
  delayMs: number;
}

export async function withRetry<T>(attempt: Promise<T>, { retries, delayMs }: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i <= retries; i++) {
    try {
      return await attempt;
    } catch (err) {
      lastError = err;
      if (i < retries) await sleep(delayMs * (i + 1));
    }
  }
  throw lastError;
}

export interface SlitCamera {
  fetchFrame(raceId: string, fromMs: number, toMs: number): Promise<Uint8Array>;
}

export interface FrameIndex {
  finishWindow(raceId: string): Promise<{ fromMs: number; toMs: number }>;
}

export interface PhotoPrint {
  raceId: string;
  bytes: Uint8Array;
  windowMs: [number, number];
  attemptsAllowed: number;
}

export class PhotoPrintService {
  constructor(
    private readonly camera: SlitCamera,
    private readonly index: FrameIndex,
    private readonly retry: RetryOptions = { retries: 3, delayMs: 250 },
  ) {}

  async printForStewards(raceId: string): Promise<PhotoPrint> {
    const { fromMs, toMs } = await this.index.finishWindow(raceId);
    const padded: [number, number] = [Math.max(0, fromMs - 40), toMs + 40];
    const bytes = await withRetry(this.camera.fetchFrame(raceId, padded[0], padded[1]), this.retry);
    if (bytes.byteLength < 1024) throw new Error(`frame for race ${raceId} is truncated (${bytes.byteLength} bytes)`);
    return { raceId, bytes, windowMs: padded, attemptsAllowed: this.retry.retries + 1 };
  }

  async printCard(raceIds: string[]): Promise<PhotoPrint[]> {
    const prints: PhotoPrint[] = [];
    for (const id of raceIds) prints.push(await this.printForStewards(id));
    return prints;
  }
}
