// expect: none
// poll() calls fetchJson() and sleep() without a signal argument, but both helpers read the signal the poller was constructed with, so cancellation reaches every request and every wait.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ReflectivityTile {
  site: string;
  scanTime: string;
  maxDbz: number;
  hailProbability: number;
}

export interface PollerOptions {
  endpoint: string;
  sites: string[];
  intervalMs: number;
  signal: AbortSignal;
  onTile: (tile: ReflectivityTile) => void;
}

export class RadarPoller {
  private lastScan = new Map<string, string>();

  constructor(private readonly opts: PollerOptions) {}

  private async fetchJson<T>(path: string): Promise<T> {
    const signal = AbortSignal.any([this.opts.signal, AbortSignal.timeout(8_000)]);
    const res = await fetch(new URL(path, this.opts.endpoint), { signal });
    if (!res.ok) throw new Error(`radar endpoint ${path} returned ${res.status}`);
    return (await res.json()) as T;
  }

  private pause(ms: number): Promise<void> {
    return sleep(ms, undefined, { signal: this.opts.signal });
  }

  async poll(): Promise<void> {
    const { sites, intervalMs, onTile } = this.opts;
    let failures = 0;

    while (!this.opts.signal.aborted) {
      try {
        for (const site of sites) {
          const tile = await this.fetchJson<ReflectivityTile>(`/latest/${site}.json`);
          if (this.lastScan.get(site) !== tile.scanTime) {
            this.lastScan.set(site, tile.scanTime);
            onTile(tile);
          }
        }
        failures = 0;
      } catch (err) {
        if (this.opts.signal.aborted) throw err;
        failures += 1;
        if (failures >= 5) throw new Error('radar endpoint unavailable after 5 attempts', { cause: err });
      }
      await this.pause(failures > 0 ? intervalMs * 2 ** failures : intervalMs);
    }
  }
}

export function chaseRadar(endpoint: string, sites: string[], signal: AbortSignal) {
  const hail: ReflectivityTile[] = [];
  const poller = new RadarPoller({
    endpoint,
    sites,
    intervalMs: 30_000,
    signal,
    onTile: (tile) => {
      if (tile.hailProbability > 0.6) hail.push(tile);
    },
  });
  return { poller, hail };
}
