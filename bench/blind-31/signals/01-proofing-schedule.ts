// expect: require-signal-propagation
// fetchWithBackoff passes the caller's signal to fetch but not to the timers/promises backoff delay, so an abort waits out the full sleep.
import { setTimeout as delay } from 'node:timers/promises';

export interface ProofingStep {
  doughId: string;
  cabinet: number;
  tempC: number;
  humidityPct: number;
  minutes: number;
}

export interface ProductionPlan {
  shiftDate: string;
  steps: ProofingStep[];
}

declare const bakeryConfig: {
  recipeServiceUrl: string;
  apiToken: string;
};

const RETRYABLE = new Set([429, 502, 503, 504]);

async function fetchWithBackoff(url: string, signal: AbortSignal, attempts = 4): Promise<Response> {
  let waitMs = 400;
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${bakeryConfig.apiToken}`, accept: 'application/json' },
      signal,
    });
    if (response.ok || !RETRYABLE.has(response.status) || attempt >= attempts) {
      return response;
    }
    await response.body?.cancel();
    const retryAfter = Number(response.headers.get('retry-after'));
    await delay(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : waitMs);
    waitMs *= 2;
  }
}

function validateStep(step: ProofingStep): string | undefined {
  if (step.tempC < 20 || step.tempC > 40) return `${step.doughId}: proof temperature ${step.tempC}°C out of range`;
  if (step.humidityPct < 60 || step.humidityPct > 95) return `${step.doughId}: humidity ${step.humidityPct}% out of range`;
  if (step.minutes <= 0) return `${step.doughId}: non-positive proof time`;
  return undefined;
}

export async function loadProofingPlan(shiftDate: string, options: { signal: AbortSignal }): Promise<ProductionPlan> {
  const url = new URL(`/v2/proofing/${encodeURIComponent(shiftDate)}`, bakeryConfig.recipeServiceUrl);
  const response = await fetchWithBackoff(url.toString(), options.signal);
  if (!response.ok) {
    throw new Error(`Recipe service returned ${response.status} for shift ${shiftDate}`);
  }
  const plan = (await response.json()) as ProductionPlan;
  const problems = plan.steps.map(validateStep).filter((p): p is string => p !== undefined);
  if (problems.length > 0) {
    throw new Error(`Proofing plan for ${shiftDate} is invalid:\n${problems.join('\n')}`);
  }
  return plan;
}

export function cabinetTimeline(plan: ProductionPlan): Map<number, ProofingStep[]> {
  const byCabinet = new Map<number, ProofingStep[]>();
  for (const step of plan.steps) {
    const list = byCabinet.get(step.cabinet) ?? [];
    list.push(step);
    byCabinet.set(step.cabinet, list);
  }
  for (const list of byCabinet.values()) list.sort((a, b) => b.minutes - a.minutes);
  return byCabinet;
}
