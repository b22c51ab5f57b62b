// expect: no-reused-settled-promise
// Bug: postArrivalWithRetry starts the POST once and re-awaits that same settled promise on every retry, so a failed upload is never actually resent.
import { setTimeout as delay } from "node:timers/promises";

export interface TeamArrival {
  bib: number;
  checkpoint: "Rainy Pass" | "Takotna" | "Ophir" | "Unalakleet" | "Nome";
  arrivedAt: string;
  dogsIn: number;
  dogsDropped: number;
}

export class CheckpointHttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = "CheckpointHttpError";
  }
}

declare const raceOfficeApi: {
  postArrival(arrival: TeamArrival): Promise<{ receipt: string }>;
};
declare const localJournal: {
  pending(): Promise<TeamArrival[]>;
  markSynced(bib: number, checkpoint: string, receipt: string): Promise<void>;
};

function isRetryable(err: unknown): boolean {
  if (err instanceof CheckpointHttpError) {
    return err.status >= 500 || err.status === 429;
  }
  return err instanceof TypeError;
}

function backoffMs(attempt: number): number {
  const jitter = Math.random() * 250;
  return Math.min(30_000, 1_000 * 2 ** (attempt - 1)) + jitter;
}

export async function postArrivalWithRetry(arrival: TeamArrival, maxAttempts = 5): Promise<string> {
  const request = raceOfficeApi.postArrival(arrival);
  let lastError: unknown;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const { receipt } = await request;
      return receipt;
    } catch (err) {
      lastError = err;
      if (!isRetryable(err)) throw err;
      await delay(backoffMs(attempt));
    }
  }
  throw lastError;
}

export interface SyncReport {
  synced: number;
  failed: Array<{ bib: number; reason: string }>;
}

export async function syncCheckpointJournal(): Promise<SyncReport> {
  const arrivals = await localJournal.pending();
  const report: SyncReport = { synced: 0, failed: [] };

  arrivals.sort((a, b) => a.arrivedAt.localeCompare(b.arrivedAt));
  for (const arrival of arrivals) {
    if (arrival.dogsIn + arrival.dogsDropped > 16) {
      report.failed.push({ bib: arrival.bib, reason: "dog count exceeds team limit" });
      continue;
    }
    try {
      const receipt = await postArrivalWithRetry(arrival);
      await localJournal.markSynced(arrival.bib, arrival.checkpoint, receipt);
      report.synced += 1;
    } catch (err) {
      report.failed.push({ bib: arrival.bib, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return report;
}
