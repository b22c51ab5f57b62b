// expect: require-signal-propagation
// Bug: loadLayout is handed the caller's signal but issues its fetch without it, so cancelling a seat-map load leaves the layout request running.
import { URL } from 'node:url';

export interface SeatMapOptions {
  signal?: AbortSignal;
  includeAccessible?: boolean;
}

interface DeckLayout {
  vesselCode: string;
  decks: { deck: number; rows: string[]; seatsPerRow: number; accessibleRows: string[] }[];
}

interface SeatHold {
  seat: string;
  expiresAt: string;
}

export interface SeatMap {
  sailingId: string;
  vesselCode: string;
  available: string[];
  held: string[];
}

export class SeatMapService {
  private readonly layoutCache = new Map<string, DeckLayout>();

  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  private headers(): Record<string, string> {
    return { authorization: `Bearer ${this.apiKey}`, accept: 'application/json' };
  }

  private async loadLayout(vesselCode: string, signal?: AbortSignal): Promise<DeckLayout> {
    const cached = this.layoutCache.get(vesselCode);
    if (cached) return cached;

    const url = new URL(`/v2/vessels/${encodeURIComponent(vesselCode)}/layout`, this.baseUrl);
    const res = await fetch(url, { headers: this.headers() });
    if (!res.ok) {
      throw new Error(`layout for ${vesselCode} unavailable (${res.status})`);
    }
    const layout = (await res.json()) as DeckLayout;
    this.layoutCache.set(vesselCode, layout);
    return layout;
  }

  private async loadHolds(sailingId: string, signal?: AbortSignal): Promise<SeatHold[]> {
    const url = new URL(`/v2/sailings/${encodeURIComponent(sailingId)}/holds`, this.baseUrl);
    const res = await fetch(url, { headers: this.headers(), signal });
    if (!res.ok) {
      throw new Error(`holds for ${sailingId} unavailable (${res.status})`);
    }
    return (await res.json()) as SeatHold[];
  }

  async getSeatMap(sailingId: string, vesselCode: string, options: SeatMapOptions = {}): Promise<SeatMap> {
    const [layout, holds] = await Promise.all([this.loadLayout(vesselCode, options.signal), this.loadHolds(sailingId, options.signal)]);

    const now = Date.now();
    const held = new Set(holds.filter((h) => Date.parse(h.expiresAt) > now).map((h) => h.seat));

    const available: string[] = [];
    for (const deck of layout.decks) {
      for (const row of deck.rows) {
        if (!options.includeAccessible && deck.accessibleRows.includes(row)) continue;
        for (let n = 1; n <= deck.seatsPerRow; n++) {
          const seat = `${deck.deck}${row}${n}`;
          if (!held.has(seat)) available.push(seat);
        }
      }
    }

    return { sailingId, vesselCode: layout.vesselCode, available, held: [...held] };
  }
}
