// expect: no-read-before-settle
// The constructor sets this.kites in the registry's 'loaded' listener, then calls load() and immediately builds the pilot and slot indexes from this.kites, which is still empty at that point.
import { EventEmitter } from 'node:events';

export interface KiteEntry {
  id: string;
  pilot: string;
  category: 'single-line' | 'dual-line' | 'quad-line' | 'giant-inflatable';
  lineLengthM: number;
  spanM: number;
}

export declare class KiteRegistry extends EventEmitter {
  /** Reads the festival's entry sheet and emits 'loaded' with the entries, or 'error'. */
  load(festivalId: string): void;
}

const ARENA_SLOTS: Record<KiteEntry['category'], number> = {
  'single-line': 12,
  'dual-line': 4,
  'quad-line': 3,
  'giant-inflatable': 2,
};

export class LaunchBoard {
  private kites: KiteEntry[] = [];
  private readonly byPilot = new Map<string, KiteEntry[]>();
  private readonly queues = new Map<KiteEntry['category'], KiteEntry[]>();
  private readonly inAir = new Set<string>();
  private loadError: Error | null = null;

  constructor(
    private readonly registry: KiteRegistry,
    festivalId: string,
  ) {
    registry.on('loaded', (entries: KiteEntry[]) => {
      this.kites = entries;
    });
    registry.on('error', (err: Error) => {
      this.loadError = new Error(`could not load kite entries for ${festivalId}`, { cause: err });
    });
    registry.load(festivalId);
    this.buildIndexes();
  }

  private buildIndexes(): void {
    for (const kite of this.kites) {
      const own = this.byPilot.get(kite.pilot) ?? [];
      own.push(kite);
      this.byPilot.set(kite.pilot, own);

      const queue = this.queues.get(kite.category) ?? [];
      queue.push(kite);
      this.queues.set(kite.category, queue);
    }
    // Shorter lines launch first so long lines are not crossed by later launches.
    for (const queue of this.queues.values()) queue.sort((a, b) => a.lineLengthM - b.lineLengthM);
  }

  kitesFor(pilot: string): KiteEntry[] {
    return this.byPilot.get(pilot) ?? [];
  }

  nextToLaunch(category: KiteEntry['category']): KiteEntry | null {
    if (this.loadError) throw this.loadError;
    const flying = [...this.inAir].filter((id) => this.kites.find((k) => k.id === id)?.category === category);
    if (flying.length >= ARENA_SLOTS[category]) return null;
    const queue = this.queues.get(category) ?? [];
    const next = queue.find((k) => !this.inAir.has(k.id));
    return next ?? null;
  }

  launched(kiteId: string): void {
    this.inAir.add(kiteId);
  }

  landed(kiteId: string): void {
    this.inAir.delete(kiteId);
  }
}
