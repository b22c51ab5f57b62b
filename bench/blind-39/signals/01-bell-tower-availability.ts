// expect: require-signal-propagation
// The caller's signal reaches the first page request, but the follow-up pages are fetched through getPage without it, so cancelling does not stop pagination.
export interface TourAvailability {
  tourId: string;
  startsAt: string;
  spacesLeft: number;
  language: 'en' | 'fr' | 'de' | 'es';
  includesBellChamber: boolean;
}

interface AvailabilityPage {
  items: TourAvailability[];
  next: string | null;
}

export interface AvailabilityQuery {
  cathedral: string;
  date: string;
  partySize: number;
  language?: TourAvailability['language'];
}

declare const bookingApiBase: string;
declare const accessibilityNotes: Record<string, string>;

async function getPage(url: string, signal?: AbortSignal): Promise<AvailabilityPage> {
  const res = await fetch(url, {
    headers: { accept: 'application/json', 'x-client': 'tower-tours-web' },
    signal,
  });
  if (!res.ok) {
    throw new Error(`availability request failed with ${res.status}`);
  }
  return (await res.json()) as AvailabilityPage;
}

function firstPageUrl(query: AvailabilityQuery): string {
  const params = new URLSearchParams({ date: query.date, party: String(query.partySize) });
  if (query.language) params.set('lang', query.language);
  return `${bookingApiBase}/cathedrals/${encodeURIComponent(query.cathedral)}/tours?${params}`;
}

export async function findTowerTours(
  query: AvailabilityQuery,
  options: { signal?: AbortSignal; maxPages?: number } = {},
): Promise<TourAvailability[]> {
  const maxPages = options.maxPages ?? 5;
  const results: TourAvailability[] = [];

  let page = await getPage(firstPageUrl(query), options.signal);
  results.push(...page.items);

  for (let fetched = 1; page.next && fetched < maxPages; fetched++) {
    page = await getPage(new URL(page.next, bookingApiBase).toString());
    results.push(...page.items);
  }

  return results
    .filter((t) => t.spacesLeft >= query.partySize)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export function describeTour(tour: TourAvailability): string {
  const time = tour.startsAt.slice(11, 16);
  const chamber = tour.includesBellChamber ? ' incl. bell chamber (132 steps)' : '';
  const note = accessibilityNotes[tour.tourId] ? ` - ${accessibilityNotes[tour.tourId]}` : '';
  return `${time} ${tour.language.toUpperCase()} tour${chamber}, ${tour.spacesLeft} places left${note}`;
}

export function groupByHour(tours: TourAvailability[]): Map<string, TourAvailability[]> {
  const byHour = new Map<string, TourAvailability[]>();
  for (const tour of tours) {
    const hour = tour.startsAt.slice(11, 13);
    const list = byHour.get(hour) ?? [];
    list.push(tour);
    byHour.set(hour, list);
  }
  return byHour;
}
