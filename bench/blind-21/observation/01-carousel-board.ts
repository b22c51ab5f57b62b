// expect: none
// Correct: manifest and belt status requests start together and are awaited through one Promise.all.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FlightManifest {
  flight: string;
  origin: string;
  bagCount: number;
  priorityBags: number;
}

export interface BeltStatus {
  carousel: number;
  running: boolean;
  bagsDelivered: number;
  lastBagAt: string | null;
}

export interface BoardRow {
  flight: string;
  origin: string;
  carousel: number;
  progress: string;
  state: 'waiting' | 'delivering' | 'complete' | 'stopped';
}

const BAGGAGE_API = process.env.BAGGAGE_API ?? 'http://baggage-core.internal:8080';

async function getJson<T>(path: string, signal: AbortSignal): Promise<T> {
  const res = await fetch(`${BAGGAGE_API}${path}`, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) {
    throw new Error(`GET ${path} failed with ${res.status}`);
  }
  return (await res.json()) as T;
}

function classify(manifest: FlightManifest, belt: BeltStatus): BoardRow['state'] {
  if (!belt.running && belt.bagsDelivered === 0) return 'waiting';
  if (belt.bagsDelivered >= manifest.bagCount) return 'complete';
  return belt.running ? 'delivering' : 'stopped';
}

export class CarouselBoard {
  private rows = new Map<string, BoardRow>();

  constructor(
    private readonly assignments: Map<string, number>,
    private readonly timeoutMs = 4000,
  ) {}

  async refreshFlight(flight: string): Promise<BoardRow> {
    const carousel = this.assignments.get(flight);
    if (carousel === undefined) {
      throw new Error(`flight ${flight} has no carousel assignment`);
    }

    const signal = AbortSignal.timeout(this.timeoutMs);
    const [manifest, belt] = await Promise.all([
      getJson<FlightManifest>(`/manifests/${encodeURIComponent(flight)}`, signal),
      getJson<BeltStatus>(`/carousels/${carousel}/status`, signal),
    ]);

    const row: BoardRow = {
      flight,
      origin: manifest.origin,
      carousel,
      progress: `${Math.min(belt.bagsDelivered, manifest.bagCount)}/${manifest.bagCount}`,
      state: classify(manifest, belt),
    };
    this.rows.set(flight, row);
    return row;
  }

  async refreshAll(): Promise<BoardRow[]> {
    const out: BoardRow[] = [];
    for (const flight of this.assignments.keys()) {
      try {
        out.push(await this.refreshFlight(flight));
      } catch (err) {
        const stale = this.rows.get(flight);
        if (stale) out.push(stale);
        console.warn(`carousel board: keeping stale row for ${flight}`, err);
      }
      // The display controller drops frames if we hammer it.
      await sleep(50);
    }
    return out;
  }

  render(): string {
    return [...this.rows.values()]
      .sort((a, b) => a.carousel - b.carousel)
      .map((r) => `${r.flight.padEnd(8)} ${r.origin.padEnd(5)} C${r.carousel}  ${r.progress.padStart(7)}  ${r.state}`)
      .join('\n');
  }
}
