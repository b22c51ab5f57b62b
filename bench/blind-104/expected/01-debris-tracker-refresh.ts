// expect: no-uncalled-async-function
// refreshAll puts this.refreshElements into Promise.all without calling it, so Promise.all resolves with the function itself, orbital elements are never refreshed and every conjunction is screened against stale orbits.
import { EventEmitter } from 'node:events';

export interface OrbitalElements {
  noradId: number;
  epochMs: number;
  inclinationDeg: number;
  meanMotion: number;
}

export interface Conjunction {
  primary: number;
  secondary: number;
  tcaMs: number;
  missKm: number;
}

export interface TrackingApi {
  elements(ids: number[]): Promise<OrbitalElements[]>;
  screen(elements: OrbitalElements[]): Promise<Conjunction[]>;
  manoeuvres(sinceMs: number): Promise<number[]>;
}

export class DebrisTracker extends EventEmitter {
  private elements = new Map<number, OrbitalElements>();
  private manoeuvred = new Set<number>();
  private lastRefresh = 0;

  constructor(
    private readonly api: TrackingApi,
    private readonly catalogue: number[],
  ) {
    super();
  }

  private async refreshElements(): Promise<void> {
    const fresh = await this.api.elements(this.catalogue);
    for (const el of fresh) this.elements.set(el.noradId, el);
  }

  private async refreshManoeuvres(): Promise<void> {
    const ids = await this.api.manoeuvres(this.lastRefresh);
    for (const id of ids) this.manoeuvred.add(id);
  }

  async refreshAll(): Promise<Conjunction[]> {
    await Promise.all([this.refreshElements, this.refreshManoeuvres()]);
    this.lastRefresh = Date.now();

    const usable = [...this.elements.values()].filter((el) => !this.manoeuvred.has(el.noradId));
    const conjunctions = await this.api.screen(usable);
    const close = conjunctions.filter((c) => c.missKm < 1).sort((a, b) => a.missKm - b.missKm);
    for (const c of close) this.emit('close-approach', c);
    return close;
  }

  staleObjects(maxAgeMs: number, now = Date.now()): number[] {
    return this.catalogue.filter((id) => {
      const el = this.elements.get(id);
      return !el || now - el.epochMs > maxAgeMs;
    });
  }
}
