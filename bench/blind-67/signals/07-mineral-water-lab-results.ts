// expect: none
// Transient lab-API failures are retried, but an AbortError (or an already-aborted signal) is rethrown untouched, and the backoff delay itself honours the signal.
import { setTimeout as delay } from "node:timers/promises";

export interface SampleAnalysis {
  sampleId: string;
  source: "spring-north" | "spring-east" | "borehole-3";
  calciumMgL: number;
  magnesiumMgL: number;
  nitrateMgL: number;
  coliformCfu: number;
}

export interface ReleaseDecision {
  sampleId: string;
  release: boolean;
  reasons: string[];
}

declare const LAB_API: string;

const ATTEMPTS = 3;
const LIMITS = { nitrateMgL: 50, coliformCfu: 0 };

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === "AbortError";
}

function isRetryable(err: unknown): boolean {
  if (err instanceof LabHttpError) return err.status >= 500 || err.status === 429;
  return err instanceof TypeError; // network failure from fetch
}

export class LabHttpError extends Error {
  constructor(readonly status: number, sampleId: string) {
    super(`lab API returned ${status} for sample ${sampleId}`);
    this.name = "LabHttpError";
  }
}

async function fetchAnalysis(sampleId: string, signal: AbortSignal): Promise<SampleAnalysis> {
  const res = await fetch(`${LAB_API}/analyses/${encodeURIComponent(sampleId)}`, { signal });
  if (!res.ok) throw new LabHttpError(res.status, sampleId);
  return (await res.json()) as SampleAnalysis;
}

export async function analysisWithRetry(sampleId: string, signal: AbortSignal): Promise<SampleAnalysis> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchAnalysis(sampleId, signal);
    } catch (err) {
      if (isAbortError(err) || signal.aborted) {
        throw err;
      }
      if (!isRetryable(err) || attempt >= ATTEMPTS) {
        throw err;
      }
    }
    await delay(250 * attempt, undefined, { signal });
  }
}

export async function decideRelease(sampleIds: string[], signal: AbortSignal): Promise<ReleaseDecision[]> {
  const decisions: ReleaseDecision[] = [];
  for (const sampleId of sampleIds) {
    const a = await analysisWithRetry(sampleId, signal);
    const reasons: string[] = [];
    if (a.nitrateMgL > LIMITS.nitrateMgL) reasons.push(`nitrate ${a.nitrateMgL} mg/L`);
    if (a.coliformCfu > LIMITS.coliformCfu) reasons.push(`coliform ${a.coliformCfu} CFU`);
    if (a.calciumMgL + a.magnesiumMgL < 10) reasons.push("mineral content below label claim");
    decisions.push({ sampleId, release: reasons.length === 0, reasons });
  }
  return decisions;
}
