// expect: no-promise-as-value
// publish() puts scheduler.nextFeeding(), an un-awaited promise, into the listing body, so JSON.stringify serialises it as {} and every listing on the exchange shows no feeding schedule.
export interface Starter {
  id: string;
  name: string;
  ageYears: number;
  flour: 'rye' | 'wheat' | 'spelt' | 'einkorn';
  hydrationPct: number;
  keeper: string;
}

export interface FeedingWindow {
  startIso: string;
  endIso: string;
  ratio: string;
}

export interface FeedingScheduler {
  nextFeeding(starterId: string): Promise<FeedingWindow>;
}

export interface ExchangeListing {
  starter: Omit<Starter, 'keeper'>;
  keeperHandle: string;
  feeding: FeedingWindow;
  tags: string[];
}

function tagsFor(s: Starter): string[] {
  const tags: string[] = [s.flour];
  if (s.ageYears >= 10) tags.push('heirloom');
  if (s.hydrationPct >= 100) tags.push('liquid-levain');
  else if (s.hydrationPct <= 60) tags.push('stiff');
  return tags;
}

export class ListingPublisher {
  constructor(
    private readonly exchangeUrl: string,
    private readonly scheduler: FeedingScheduler,
    private readonly apiKey: string,
  ) {}

  async publish(starter: Starter): Promise<string> {
    const { keeper, ...publicFields } = starter;
    const listing = {
      starter: publicFields,
      keeperHandle: keeper.replace(/@.*$/, ''),
      feeding: this.scheduler.nextFeeding(starter.id),
      tags: tagsFor(starter),
    };

    const res = await fetch(`${this.exchangeUrl}/listings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': this.apiKey },
      body: JSON.stringify(listing),
    });
    if (!res.ok) throw new Error(`exchange rejected listing for ${starter.name}: ${res.status}`);
    const { listingId } = (await res.json()) as { listingId: string };
    return listingId;
  }

  async publishAll(starters: Starter[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const s of starters) ids.set(s.id, await this.publish(s));
    return ids;
  }
}
