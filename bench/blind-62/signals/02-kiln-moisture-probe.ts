// expect: none
// the request init that carries the caller's signal is built in requestInit() and spread into each fetch, and the pause between probes takes the same signal
import { setTimeout as delay } from "node:timers/promises";

export interface MoistureSample {
  probe: number;
  depthMm: number;
  moisturePct: number;
}

export interface KilnSnapshot {
  kilnId: string;
  dryBulbC: number;
  wetBulbC: number;
  samples: MoistureSample[];
}

interface ProbeClientOptions {
  baseUrl: string;
  token: string;
  signal?: AbortSignal;
}

declare const kilnDirectory: {
  probeCount(kilnId: string): Promise<number>;
};

function requestInit(opts: ProbeClientOptions): RequestInit {
  return {
    method: "GET",
    headers: { authorization: `Token ${opts.token}` },
    signal: opts.signal,
  };
}

async function getJson<T>(url: string, init: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`kiln controller ${res.status} on ${url}`);
  return (await res.json()) as T;
}

export async function snapshotKiln(
  kilnId: string,
  opts: ProbeClientOptions,
  settleMs = 250,
): Promise<KilnSnapshot> {
  const init = requestInit(opts);
  const base = `${opts.baseUrl}/kilns/${encodeURIComponent(kilnId)}`;

  const climate = await getJson<{ dryBulbC: number; wetBulbC: number }>(`${base}/climate`, { ...init });
  const probes = await kilnDirectory.probeCount(kilnId);

  const samples: MoistureSample[] = [];
  for (let probe = 1; probe <= probes; probe++) {
    const readings = await getJson<{ depthMm: number; pct: number }[]>(`${base}/probes/${probe}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), "x-probe-mode": "resistance" },
    });
    for (const r of readings) samples.push({ probe, depthMm: r.depthMm, moisturePct: r.pct });
    if (probe < probes) await delay(settleMs, undefined, { signal: opts.signal });
  }

  return { kilnId, dryBulbC: climate.dryBulbC, wetBulbC: climate.wetBulbC, samples };
}

export function coreShellGradient(samples: MoistureSample[]): number | null {
  const shell = samples.filter((s) => s.depthMm <= 5);
  const core = samples.filter((s) => s.depthMm >= 15);
  if (!shell.length || !core.length) return null;
  const avg = (xs: MoistureSample[]) => xs.reduce((a, s) => a + s.moisturePct, 0) / xs.length;
  return avg(core) - avg(shell);
}

export function equilibriumMoisture(dryBulbC: number, wetBulbC: number): number {
  const depression = dryBulbC - wetBulbC;
  return Math.max(2, 20 - depression * 0.9 - (dryBulbC - 40) * 0.05);
}
