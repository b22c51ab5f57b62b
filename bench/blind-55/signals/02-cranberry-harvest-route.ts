// expect: none
// Correct: the caller's signal travels through the RequestInit built by buildInit, into the timers/promises wait, and into stream pipeline, so every cancellable call sees it.
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { setTimeout as delay } from "node:timers/promises";

const BOG_API = "https://bogs.cooperative.example/api";

export interface BedRoute {
  bedId: string;
  floodLevelCm: number;
  boomStart: [number, number];
  boomEnd: [number, number];
}

export interface RouteOptions {
  signal: AbortSignal;
  token: string;
  floodSettleMs?: number;
}

function buildInit(token: string, signal: AbortSignal, body?: unknown): RequestInit {
  const init: RequestInit = {
    headers: { authorization: `Bearer ${token}`, accept: "application/json" },
    signal,
  };
  if (body !== undefined) {
    init.method = "POST";
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)["content-type"] = "application/json";
  }
  return init;
}

async function getJson<T>(url: string, init: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${url} → ${res.status}`);
  return (await res.json()) as T;
}

export async function planHarvestRoute(bedIds: string[], options: RouteOptions): Promise<BedRoute[]> {
  const { signal, token } = options;
  const routes: BedRoute[] = [];
  for (const bedId of bedIds) {
    const init = buildInit(token, signal);
    const bed = await getJson<{ floodLevelCm: number; corners: [number, number][] }>(`${BOG_API}/beds/${bedId}`, init);
    if (bed.floodLevelCm < 20) {
      await getJson(`${BOG_API}/beds/${bedId}/flood`, buildInit(token, signal, { targetCm: 25 }));
      await delay(options.floodSettleMs ?? 60_000, undefined, { signal });
    }
    const [a, , c] = bed.corners;
    routes.push({ bedId, floodLevelCm: Math.max(bed.floodLevelCm, 25), boomStart: a, boomEnd: c });
  }
  return routes;
}

export async function downloadYieldMap(bedId: string, destination: string, options: RouteOptions): Promise<void> {
  const res = await fetch(`${BOG_API}/beds/${bedId}/yield.geojson`, buildInit(options.token, options.signal));
  if (!res.ok || !res.body) {
    throw new Error(`yield map for ${bedId} unavailable (${res.status})`);
  }
  await pipeline(Readable.fromWeb(res.body as import("node:stream/web").ReadableStream), createWriteStream(destination), {
    signal: options.signal,
  });
}
