// expect: require-signal-propagation
// drainSettlingTank passes its signal to fetch but backs off with a timers/promises sleep that is not given the signal, so cancelling waits out the full backoff.
import { setTimeout as sleep } from 'node:timers/promises';

export interface DrainOptions {
  baseUrl: string;
  targetLitres: number;
  maxAttempts?: number;
  signal?: AbortSignal;
}

export interface DrainReport {
  tankId: string;
  litres: number;
  attempts: number;
  finishedAt: string;
}

function backoffMs(attempt: number): number {
  const base = Math.min(30_000, 500 * 2 ** attempt);
  return base / 2 + Math.random() * (base / 2);
}

export class ValveBusyError extends Error {
  constructor(readonly tankId: string) {
    super(`valve on settling tank ${tankId} is held by another line`);
    this.name = 'ValveBusyError';
  }
}

export async function drainSettlingTank(tankId: string, options: DrainOptions): Promise<DrainReport> {
  const { baseUrl, targetLitres, signal } = options;
  const maxAttempts = options.maxAttempts ?? 6;
  let attempt = 0;

  for (;;) {
    signal?.throwIfAborted();
    const res = await fetch(`${baseUrl}/tanks/${encodeURIComponent(tankId)}/drain`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ litres: targetLitres, strainMicrons: 200 }),
      signal,
    });

    if (res.ok) {
      const body = (await res.json()) as { drainedLitres: number };
      return {
        tankId,
        litres: body.drainedLitres,
        attempts: attempt + 1,
        finishedAt: new Date().toISOString(),
      };
    }

    if (res.status === 409 && attempt < maxAttempts - 1) {
      attempt++;
      await sleep(backoffMs(attempt));
      continue;
    }
    if (res.status === 409) {
      throw new ValveBusyError(tankId);
    }
    throw new Error(`drain of ${tankId} failed: HTTP ${res.status} ${await res.text()}`);
  }
}

export async function drainAll(
  tankIds: string[],
  options: DrainOptions,
): Promise<DrainReport[]> {
  const reports: DrainReport[] = [];
  for (const id of tankIds) {
    reports.push(await drainSettlingTank(id, options));
  }
  return reports;
}
