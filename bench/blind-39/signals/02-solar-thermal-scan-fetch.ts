// expect: none
// The caller's signal is merged with a timeout in buildInit and reaches every fetch through that init object, and the backoff sleep gets it too.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ThermalFrame {
  panelId: string;
  maxTempC: number;
  meanTempC: number;
  capturedAt: string;
}

export interface ScanRequest {
  siteId: string;
  roofSection: string;
  ambientC: number;
}

export interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  token: string;
}

declare const inspectionApi: string;

function buildInit(opts: FetchOptions): RequestInit {
  const timeout = AbortSignal.timeout(opts.timeoutMs ?? 15_000);
  return {
    headers: { authorization: `Bearer ${opts.token}`, accept: 'application/json' },
    signal: opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout,
  };
}

async function getFrames(url: string, opts: FetchOptions): Promise<ThermalFrame[]> {
  const init = buildInit(opts);
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(url, init);
    if (res.status === 503 && attempt < 4) {
      await sleep(500 * attempt, undefined, { signal: opts.signal });
      continue;
    }
    if (!res.ok) throw new Error(`thermal frames request failed: ${res.status}`);
    return (await res.json()) as ThermalFrame[];
  }
}

export function hotspots(frames: ThermalFrame[], ambientC: number): ThermalFrame[] {
  return frames.filter((f) => f.maxTempC - f.meanTempC > 10 || f.maxTempC - ambientC > 45);
}

export async function scanRoofSection(req: ScanRequest, opts: FetchOptions): Promise<{ frames: number; flagged: string[] }> {
  const url = `${inspectionApi}/sites/${req.siteId}/sections/${encodeURIComponent(req.roofSection)}/frames`;
  const frames = await getFrames(url, opts);
  const flagged = hotspots(frames, req.ambientC).map((f) => f.panelId);
  return { frames: frames.length, flagged: [...new Set(flagged)].sort() };
}

export async function scanSite(siteId: string, sections: string[], ambientC: number, opts: FetchOptions): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  for (const roofSection of sections) {
    opts.signal?.throwIfAborted();
    const { flagged } = await scanRoofSection({ siteId, roofSection, ambientC }, opts);
    if (flagged.length > 0) result.set(roofSection, flagged);
  }
  return result;
}
