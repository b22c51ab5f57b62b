// expect: no-swallowed-abort
// uploadRace's retry loop catches every error, including the AbortError from a cancelled upload, retries it and finally throws a generic UploadError.
import { setTimeout as delay } from "node:timers/promises";

export interface ClockedArrival {
  ringNumber: string;
  loft: string;
  arrivedAt: string;
  distanceM: number;
}

export interface RaceResult {
  raceId: string;
  releasedAt: string;
  arrivals: ClockedArrival[];
}

export class UploadError extends Error {
  constructor(message: string, readonly attempts: number, options?: ErrorOptions) {
    super(message, options);
    this.name = "UploadError";
  }
}

declare const FEDERATION_URL: string;
declare const clubKey: string;
declare const clubLog: { warn(msg: string, fields?: Record<string, unknown>): void };

const MAX_ATTEMPTS = 4;

function velocity(arrival: ClockedArrival, releasedAt: string): number {
  const minutes = (Date.parse(arrival.arrivedAt) - Date.parse(releasedAt)) / 60_000;
  return minutes > 0 ? arrival.distanceM / minutes : 0;
}

function toPayload(race: RaceResult) {
  return {
    race: race.raceId,
    released: race.releasedAt,
    results: race.arrivals
      .map((a) => ({ ring: a.ringNumber, loft: a.loft, mpm: Number(velocity(a, race.releasedAt).toFixed(3)) }))
      .sort((a, b) => b.mpm - a.mpm),
  };
}

export class FederationUploader {
  private lastReceipt: string | null = null;

  private async postResults(race: RaceResult, signal: AbortSignal): Promise<string> {
    const res = await fetch(`${FEDERATION_URL}/races/${encodeURIComponent(race.raceId)}/results`, {
      method: "PUT",
      signal,
      headers: { "content-type": "application/json", "x-club-key": clubKey },
      body: JSON.stringify(toPayload(race)),
    });
    if (!res.ok) {
      throw new Error(`federation responded ${res.status}`);
    }
    const { receipt } = (await res.json()) as { receipt: string };
    return receipt;
  }

  async uploadRace(race: RaceResult, signal: AbortSignal): Promise<string> {
    if (race.arrivals.length === 0) {
      throw new UploadError(`race ${race.raceId} has no clocked arrivals`, 0);
    }
    let lastError: unknown;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        if (attempt > 1) {
          await delay(500 * 2 ** (attempt - 2), undefined, { signal });
        }
        const receipt = await this.postResults(race, signal);
        this.lastReceipt = receipt;
        return receipt;
      } catch (err) {
        lastError = err;
        clubLog.warn("race upload attempt failed", {
          race: race.raceId,
          attempt,
          error: err instanceof Error ? err.message : String(err),
        });
      }
    }
    throw new UploadError(`race ${race.raceId} not uploaded after ${MAX_ATTEMPTS} attempts`, MAX_ATTEMPTS, {
      cause: lastError,
    });
  }

  get receipt(): string | null {
    return this.lastReceipt;
  }
}
