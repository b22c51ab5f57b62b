// expect: none
// Every async value is awaited before it goes into the template strings and the JSON body, so the post carries the numbers and not Promise objects.
interface MurmurationCount {
  siteId: string;
  peak: number;
  durationMin: number;
  predators: string[];
  observedOn: string;
}

declare const countsDb: {
  latest(siteId: string): Promise<MurmurationCount | null>;
  seasonAverage(siteId: string, season: number): Promise<number>;
  observerCount(siteId: string, date: string): Promise<number>;
};

declare const siteNames: {
  nameOf(siteId: string): Promise<string>;
};

const NEWSLETTER_WEBHOOK = 'https://hooks.example.org/roost-watch/newsletter';

function describeTrend(peak: number, average: number): string {
  if (average === 0) return 'the first count of the season';
  const change = (peak - average) / average;
  if (change > 0.25) return `well above the season average of ${Math.round(average).toLocaleString('en-GB')}`;
  if (change < -0.25) return `well below the season average of ${Math.round(average).toLocaleString('en-GB')}`;
  return 'about average for the season';
}

export async function composePost(siteId: string, season: number): Promise<string | null> {
  const count = await countsDb.latest(siteId);
  if (!count) return null;

  const [name, average, observers] = await Promise.all([
    siteNames.nameOf(siteId),
    countsDb.seasonAverage(siteId, season),
    countsDb.observerCount(siteId, count.observedOn),
  ]);

  const predatorLine =
    count.predators.length > 0
      ? `A ${count.predators.join(' and a ')} put the flock up ${count.predators.length} time(s).`
      : 'No predators were seen.';

  return [
    `${name}, ${count.observedOn}: roughly ${count.peak.toLocaleString('en-GB')} starlings,`,
    `${describeTrend(count.peak, average)}.`,
    `The display lasted ${count.durationMin} minutes before the birds dropped into the reeds.`,
    predatorLine,
    observers > 0 ? `Thanks to the ${observers} observers who counted.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export async function publishPost(siteId: string, season: number): Promise<boolean> {
  const text = await composePost(siteId, season);
  if (text === null) return false;

  const res = await fetch(NEWSLETTER_WEBHOOK, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      siteId,
      season,
      text,
      average: Math.round(await countsDb.seasonAverage(siteId, season)),
    }),
  });
  if (!res.ok) throw new Error(`newsletter webhook returned ${res.status}`);
  return true;
}
