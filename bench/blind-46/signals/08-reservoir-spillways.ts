// expect: none
// The request signal is combined with a deadline via AbortSignal.any and that combined signal reaches spawn, fetch and each loop check.
import { spawn } from 'node:child_process';

export interface InflowForecast {
  reservoir: string;
  hours: number[];
  inflowCumecs: number[];
}

export interface ReleasePlan {
  reservoir: string;
  hourlyReleaseCumecs: number[];
  peakPoolElevationM: number;
}

declare const forecastService: { url: string };
declare const routingModelBinary: string;

async function fetchForecast(reservoir: string, signal: AbortSignal): Promise<InflowForecast> {
  const res = await fetch(`${forecastService.url}/inflow/${encodeURIComponent(reservoir)}?horizon=72`, { signal });
  if (!res.ok) throw new Error(`inflow forecast for ${reservoir} failed: ${res.status}`);
  return (await res.json()) as InflowForecast;
}

function runRoutingModel(forecast: InflowForecast, maxPoolM: number, signal: AbortSignal): Promise<ReleasePlan> {
  return new Promise<ReleasePlan>((resolve, reject) => {
    const child = spawn(routingModelBinary, ['--max-pool', String(maxPoolM)], { signal, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    let settled = false;
    const settle = (fn: () => void) => {
      if (!settled) {
        settled = true;
        fn();
      }
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', (err) => settle(() => reject(err)));
    child.on('close', (code) => {
      if (code !== 0) return settle(() => reject(new Error(`routing model exited with ${code}`)));
      try {
        const plan = JSON.parse(out) as ReleasePlan;
        settle(() => resolve(plan));
      } catch (err) {
        settle(() => reject(err));
      }
    });
    child.stdin.end(JSON.stringify(forecast));
  });
}

export interface PlanRequest {
  reservoirs: string[];
  maxPoolM: Record<string, number>;
  signal: AbortSignal;
}

export async function planSpillwayReleases(request: PlanRequest, deadlineMs = 120_000): Promise<ReleasePlan[]> {
  const signal = AbortSignal.any([request.signal, AbortSignal.timeout(deadlineMs)]);
  const plans: ReleasePlan[] = [];
  for (const reservoir of request.reservoirs) {
    signal.throwIfAborted();
    const forecast = await fetchForecast(reservoir, signal);
    const maxPool = request.maxPoolM[reservoir];
    if (maxPool === undefined) throw new Error(`no maximum pool elevation configured for ${reservoir}`);
    const plan = await runRoutingModel(forecast, maxPool, signal);
    if (plan.peakPoolElevationM > maxPool) {
      throw new Error(`${reservoir}: plan peaks at ${plan.peakPoolElevationM}m, above ${maxPool}m`);
    }
    plans.push(plan);
  }
  return plans;
}

export function totalReleaseVolumeHm3(plan: ReleasePlan): number {
  return plan.hourlyReleaseCumecs.reduce((sum, q) => sum + q * 3600, 0) / 1e6;
}
