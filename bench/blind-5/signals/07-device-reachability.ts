// expect: none
// A per-device timeout is reported as 'unreachable', but when the dashboard's own signal is aborted the error is rethrown before that check, so leaving the page cancels the sweep instead of marking devices offline.
export interface Reachability {
  deviceId: string;
  state: 'online' | 'unreachable';
  latencyMs?: number;
  firmware?: string;
}

interface Device {
  id: string;
  name: string;
  localUrl: string;
}

declare const devices: {
  list(opts: { signal: AbortSignal }): Promise<Device[]>;
  markState(id: string, r: Reachability): void;
};

const PROBE_CONCURRENCY = 4;

async function probe(device: Device, signal: AbortSignal, timeoutMs = 2_500): Promise<Reachability> {
  const started = performance.now();
  try {
    const res = await fetch(new URL('/api/info', device.localUrl), {
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
      cache: 'no-store',
    });
    if (!res.ok) return { deviceId: device.id, state: 'unreachable' };
    const info = (await res.json()) as { fw?: string };
    return {
      deviceId: device.id,
      state: 'online',
      latencyMs: Math.round(performance.now() - started),
      firmware: info.fw,
    };
  } catch (err) {
    if (signal.aborted) throw err;
    if (err instanceof DOMException && err.name === 'TimeoutError') {
      return { deviceId: device.id, state: 'unreachable' };
    }
    // fetch reports refused connections / DNS failures as TypeError
    if (err instanceof TypeError) return { deviceId: device.id, state: 'unreachable' };
    throw err;
  }
}

export async function sweep(signal: AbortSignal): Promise<Reachability[]> {
  const all = await devices.list({ signal });
  const results: Reachability[] = [];
  for (let i = 0; i < all.length; i += PROBE_CONCURRENCY) {
    const batch = await Promise.all(all.slice(i, i + PROBE_CONCURRENCY).map((d) => probe(d, signal)));
    for (const r of batch) {
      devices.markState(r.deviceId, r);
      results.push(r);
    }
  }
  return results;
}
