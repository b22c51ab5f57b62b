// expect: no-unobserved-promise
// The manifest request is started, then the vessel status retry loop is awaited first; if the manifest fetch rejects during that wait, nobody is handling it yet.
import { setTimeout as delay } from 'node:timers/promises';

export interface VesselStatus {
  vesselId: string;
  state: 'docked' | 'boarding' | 'underway' | 'maintenance';
  berth?: string;
}

export interface ManifestEntry {
  ticketId: string;
  passengerName: string;
  vehicleReg?: string;
  deck: number;
}

export interface SailingSummary {
  sailingId: string;
  vessel: VesselStatus;
  passengers: number;
  vehicles: number;
  byDeck: Map<number, number>;
}

const API_BASE = process.env.FERRY_OPS_API ?? 'https://ops.harbourline.example/api';

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(`${API_BASE}${path}`, {
    signal,
    headers: { accept: 'application/json' },
  });
  if (!res.ok) {
    throw new Error(`GET ${path} failed with HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

// The AIS bridge is flaky right after a vessel changes berth, so retry a few times.
async function getVesselStatus(vesselId: string, signal: AbortSignal): Promise<VesselStatus> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await getJson<VesselStatus>(`/vessels/${encodeURIComponent(vesselId)}/status`, signal);
    } catch (err) {
      lastError = err;
      if (signal.aborted) break;
      await delay(250 * 2 ** attempt, undefined, { signal });
    }
  }
  throw new Error(`vessel ${vesselId} status unavailable`, { cause: lastError });
}

export async function buildSailingSummary(
  sailingId: string,
  vesselId: string,
  timeoutMs = 8_000,
): Promise<SailingSummary> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);

  try {
    const manifestRequest = getJson<ManifestEntry[]>(
      `/sailings/${encodeURIComponent(sailingId)}/manifest`,
      controller.signal,
    );
    const vessel = await getVesselStatus(vesselId, controller.signal);
    const manifest = await manifestRequest;

    const byDeck = new Map<number, number>();
    let vehicles = 0;
    for (const entry of manifest) {
      byDeck.set(entry.deck, (byDeck.get(entry.deck) ?? 0) + 1);
      if (entry.vehicleReg) vehicles++;
    }

    return {
      sailingId,
      vessel,
      passengers: manifest.length,
      vehicles,
      byDeck,
    };
  } finally {
    clearTimeout(timer);
  }
}
