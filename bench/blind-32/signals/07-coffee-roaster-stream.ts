// expect: no-swallowed-abort
// uploadRoastLog's retry loop catches every error, including the AbortError raised when the caller aborts, retries it, and finally throws a generic "upload failed" error.
export interface RoastSample {
  elapsedSec: number;
  beanTempC: number;
  exhaustTempC: number;
  rorCPerMin: number;
  gasPct: number;
}

export interface RoastLog {
  batchId: string;
  roasterId: string;
  greenWeightKg: number;
  roastedWeightKg: number;
  samples: RoastSample[];
  events: Array<{ name: "charge" | "dry-end" | "first-crack" | "drop"; elapsedSec: number }>;
}

interface UploadOptions {
  endpoint: string;
  token: string;
  signal: AbortSignal;
  attempts?: number;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function developmentRatio(log: RoastLog): number | undefined {
  const fc = log.events.find((e) => e.name === "first-crack");
  const drop = log.events.find((e) => e.name === "drop");
  if (!fc || !drop || drop.elapsedSec <= 0) return undefined;
  return (drop.elapsedSec - fc.elapsedSec) / drop.elapsedSec;
}

function weightLossPct(log: RoastLog): number {
  return ((log.greenWeightKg - log.roastedWeightKg) / log.greenWeightKg) * 100;
}

function payload(log: RoastLog): string {
  return JSON.stringify({
    batch: log.batchId,
    roaster: log.roasterId,
    dtr: developmentRatio(log),
    weightLossPct: Math.round(weightLossPct(log) * 10) / 10,
    events: log.events,
    curve: log.samples.filter((_, i) => i % 2 === 0),
  });
}

export async function uploadRoastLog(log: RoastLog, options: UploadOptions): Promise<string> {
  const { endpoint, token, signal, attempts = 4 } = options;
  const body = payload(log);

  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(`${endpoint}/roasts/${encodeURIComponent(log.batchId)}`, {
        method: "PUT",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body,
        signal,
      });
      if (res.status >= 500) {
        throw new Error(`roast cloud returned ${res.status}`);
      }
      if (!res.ok) {
        return `rejected:${res.status}`;
      }
      const { id } = (await res.json()) as { id: string };
      return id;
    } catch {
      if (attempt === attempts) break;
      await delay(500 * attempt);
    }
  }
  throw new Error(`upload failed for batch ${log.batchId} after ${attempts} attempts`);
}

export function roastSummary(log: RoastLog): string {
  const dtr = developmentRatio(log);
  const fc = log.events.find((e) => e.name === "first-crack");
  return [
    `${log.batchId} on ${log.roasterId}`,
    `loss ${weightLossPct(log).toFixed(1)}%`,
    fc ? `FC ${Math.floor(fc.elapsedSec / 60)}:${String(fc.elapsedSec % 60).padStart(2, "0")}` : "no FC",
    dtr !== undefined ? `DTR ${(dtr * 100).toFixed(0)}%` : "DTR n/a",
  ].join(" | ");
}
