// expect: none
// Every allSettled result is inspected: rejected sources are logged with their reason and fall back to the last good snapshot.
import { readFile, writeFile } from 'node:fs/promises';

export type FlagValue = boolean | string | number;
export type FlagSet = Record<string, FlagValue>;

export interface FlagSource {
  name: string;
  priority: number;
  load(signal: AbortSignal): Promise<FlagSet>;
}

interface Logger {
  warn(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
}

export interface RefreshReport {
  flags: FlagSet;
  failedSources: string[];
  staleSources: string[];
}

export class FlagRegistry {
  private lastGood = new Map<string, FlagSet>();
  private current: FlagSet = {};

  constructor(
    private readonly sources: FlagSource[],
    private readonly snapshotPath: string,
    private readonly log: Logger,
  ) {}

  get<T extends FlagValue>(key: string, fallback: T): T {
    const value = this.current[key];
    return (typeof value === typeof fallback ? value : fallback) as T;
  }

  async restoreSnapshot(): Promise<void> {
    try {
      const raw = JSON.parse(await readFile(this.snapshotPath, 'utf8')) as Record<string, FlagSet>;
      this.lastGood = new Map(Object.entries(raw));
    } catch {
      this.lastGood = new Map();
    }
  }

  async refresh(timeoutMs = 5000): Promise<RefreshReport> {
    const signal = AbortSignal.timeout(timeoutMs);
    const ordered = [...this.sources].sort((a, b) => a.priority - b.priority);
    const results = await Promise.allSettled(ordered.map((s) => s.load(signal)));

    const failedSources: string[] = [];
    const staleSources: string[] = [];
    const merged: FlagSet = {};

    results.forEach((result, i) => {
      const source = ordered[i];
      if (result.status === 'rejected') {
        failedSources.push(source.name);
        this.log.warn('flag source failed', { source: source.name, reason: String(result.reason) });
        const cached = this.lastGood.get(source.name);
        if (cached) {
          staleSources.push(source.name);
          Object.assign(merged, cached);
        }
        return;
      }
      this.lastGood.set(source.name, result.value);
      Object.assign(merged, result.value);
    });

    if (failedSources.length === ordered.length && ordered.length > 0 && staleSources.length === 0) {
      throw new Error(`all ${ordered.length} flag sources failed and no snapshot is available`);
    }

    this.current = merged;
    await writeFile(this.snapshotPath, JSON.stringify(Object.fromEntries(this.lastGood)), 'utf8');
    this.log.info('flags refreshed', { count: Object.keys(merged).length, failed: failedSources.length });
    return { flags: merged, failedSources, staleSources };
  }
}
