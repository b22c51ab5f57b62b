// expect: no-reused-settled-promise
// downloadWithRetry starts one download before the loop and re-awaits that same rejected promise on every "retry", so no new attempt is ever made.
import { setTimeout as delay } from 'node:timers/promises';

export interface SurveyTile {
  x: number;
  y: number;
  depthM: number;
  confidence: number;
}

export interface SurveyPayload {
  droneId: string;
  flightId: string;
  tiles: SurveyTile[];
  capturedAt: string;
}

declare const droneGateway: {
  downloadSurvey(droneId: string, flightId: string): Promise<SurveyPayload>;
  listFlights(droneId: string): Promise<string[]>;
};

declare const surveyLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class TransientLinkError extends Error {
  readonly transient = true;
}

function backoffMs(attempt: number): number {
  const base = 250 * 2 ** (attempt - 1);
  return Math.min(base, 8_000) + Math.floor(Math.random() * 100);
}

function isTransient(err: unknown): boolean {
  return err instanceof TransientLinkError || (err instanceof Error && /ETIMEDOUT|ECONNRESET/.test(err.message));
}

export async function downloadWithRetry(droneId: string, flightId: string, maxAttempts = 5): Promise<SurveyPayload> {
  const started = Date.now();
  const download = droneGateway.downloadSurvey(droneId, flightId);
  let lastError: unknown;

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const payload = await download;
      if (attempt > 1) {
        surveyLog.warn('survey download recovered', { droneId, flightId, attempt, ms: Date.now() - started });
      }
      return payload;
    } catch (err) {
      lastError = err;
      if (!isTransient(err) || attempt === maxAttempts) break;
      surveyLog.warn('survey download failed, retrying', { droneId, flightId, attempt });
      await delay(backoffMs(attempt));
    }
  }
  throw lastError;
}

export interface VoidCandidate {
  flightId: string;
  tile: SurveyTile;
}

export async function findVoidCandidates(droneId: string, minDepthM = 1.5): Promise<VoidCandidate[]> {
  const flights = await droneGateway.listFlights(droneId);
  const candidates: VoidCandidate[] = [];
  for (const flightId of flights) {
    const survey = await downloadWithRetry(droneId, flightId);
    for (const tile of survey.tiles) {
      if (tile.depthM >= minDepthM && tile.confidence >= 0.7) {
        candidates.push({ flightId, tile });
      }
    }
  }
  return candidates.sort((a, b) => b.tile.depthM - a.tile.depthM);
}
