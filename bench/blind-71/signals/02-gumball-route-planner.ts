// expect: none
// The caller's signal is combined with a timeout via AbortSignal.any and reaches every fetch through the init object built by requestInit().
export interface MachineStop {
  machineId: string;
  lat: number;
  lng: number;
  fillPct: number;
  lastServiced: string;
}

export interface RoutePlan {
  driver: string;
  stops: MachineStop[];
  distanceKm: number;
}

declare const routingApi: string;

function requestInit(signal: AbortSignal, body?: unknown): RequestInit {
  return {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  };
}

async function getJson<T>(path: string, init: RequestInit): Promise<T> {
  const response = await fetch(new URL(path, routingApi), init);
  if (!response.ok) {
    throw new Error(`${init.method ?? "GET"} ${path} failed with ${response.status}`);
  }
  return (await response.json()) as T;
}

function haversineKm(a: MachineStop, b: MachineStop): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function nearestNeighbour(stops: MachineStop[]): { ordered: MachineStop[]; km: number } {
  if (stops.length === 0) return { ordered: [], km: 0 };
  const remaining = [...stops];
  const ordered = [remaining.shift()!];
  let km = 0;
  while (remaining.length > 0) {
    const last = ordered[ordered.length - 1]!;
    let bestIndex = 0;
    for (let i = 1; i < remaining.length; i += 1) {
      if (haversineKm(last, remaining[i]!) < haversineKm(last, remaining[bestIndex]!)) bestIndex = i;
    }
    km += haversineKm(last, remaining[bestIndex]!);
    ordered.push(remaining.splice(bestIndex, 1)[0]!);
  }
  return { ordered, km };
}

export async function planRoute(
  driver: string,
  territory: string,
  { signal, timeoutMs = 15_000 }: { signal: AbortSignal; timeoutMs?: number },
): Promise<RoutePlan> {
  const combined = AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]);

  const machines = await getJson<MachineStop[]>(
    `/territories/${encodeURIComponent(territory)}/machines`,
    requestInit(combined),
  );
  const due = machines.filter((m) => m.fillPct < 30);
  const { ordered, km } = nearestNeighbour(due);

  await getJson<{ ok: boolean }>(
    `/drivers/${encodeURIComponent(driver)}/route`,
    requestInit(combined, { stops: ordered.map((s) => s.machineId) }),
  );

  return { driver, stops: ordered, distanceKm: Math.round(km * 10) / 10 };
}
