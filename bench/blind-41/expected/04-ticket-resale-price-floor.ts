// expect: none
// The event-catalog promise is memoized on purpose and shared by callers; a rejected load is evicted so the next call starts a fresh request.
export interface ResaleListing {
  listingId: string;
  eventId: string;
  section: string;
  row: string;
  askingCents: number;
  faceValueCents: number;
  sellerId: string;
}

export interface EventCatalogEntry {
  eventId: string;
  artist: string;
  venue: string;
  resaleCapPct: number;
}

declare const primaryTicketing: {
  catalog(): Promise<EventCatalogEntry[]>;
};
declare const listingStore: {
  forEvent(eventId: string): Promise<ResaleListing[]>;
  delist(listingId: string, reason: string): Promise<void>;
};

export class PriceFloorEnforcer {
  private catalogLoad: Promise<Map<string, EventCatalogEntry>> | undefined;

  constructor(private readonly defaultCapPct = 110) {}

  private catalog(): Promise<Map<string, EventCatalogEntry>> {
    if (!this.catalogLoad) {
      const load = primaryTicketing
        .catalog()
        .then((entries) => new Map(entries.map((e) => [e.eventId, e])));
      this.catalogLoad = load;
      load.catch(() => {
        if (this.catalogLoad === load) this.catalogLoad = undefined;
      });
    }
    return this.catalogLoad;
  }

  invalidate(): void {
    this.catalogLoad = undefined;
  }

  async maxAskingCents(listing: ResaleListing): Promise<number> {
    const catalog = await this.catalog();
    const capPct = catalog.get(listing.eventId)?.resaleCapPct ?? this.defaultCapPct;
    return Math.floor((listing.faceValueCents * capPct) / 100);
  }

  async enforce(eventId: string): Promise<{ checked: number; delisted: string[] }> {
    const listings = await listingStore.forEvent(eventId);
    const delisted: string[] = [];
    for (const listing of listings) {
      const max = await this.maxAskingCents(listing);
      if (listing.askingCents > max) {
        await listingStore.delist(
          listing.listingId,
          `asking ${(listing.askingCents / 100).toFixed(2)} exceeds cap ${(max / 100).toFixed(2)}`,
        );
        delisted.push(listing.listingId);
      }
    }
    return { checked: listings.length, delisted };
  }

  async enforceMany(eventIds: string[]): Promise<Map<string, string[]>> {
    const results = await Promise.all(eventIds.map(async (id) => [id, (await this.enforce(id)).delisted] as const));
    return new Map(results);
  }
}
