// expect: no-unchecked-settled-results
// allSettled results are cast to fulfilled and .value is read without checking status, so one failing rider app breaks the board.
export interface Job {
  id: string;
  pickup: { lat: number; lng: number };
  dropoff: { lat: number; lng: number };
  weightKg: number;
  deadline: Date;
  fragile: boolean;
}

export interface Quote {
  riderId: string;
  priceCents: number;
  pickupEtaMin: number;
  cargoBike: boolean;
}

interface Rider {
  id: string;
  name: string;
  cargoBike: boolean;
  rating: number;
}

declare const riderApp: {
  requestQuote(riderId: string, job: Job): Promise<Quote>;
};
declare function ridersNear(point: { lat: number; lng: number }, radiusKm: number): Promise<Rider[]>;
declare function publishBoard(jobId: string, rows: BoardRow[]): Promise<void>;

interface BoardRow {
  riderId: string;
  name: string;
  priceCents: number;
  etaMin: number;
  score: number;
}

const SEARCH_RADIUS_KM = 3;
const MAX_CANDIDATES = 8;

function eligible(rider: Rider, job: Job): boolean {
  if (job.weightKg > 12 && !rider.cargoBike) return false;
  if (job.fragile && rider.rating < 4.5) return false;
  return true;
}

function score(quote: Quote, rider: Rider, job: Job, now: Date): number {
  const minutesLeft = (job.deadline.getTime() - now.getTime()) / 60000;
  const slack = minutesLeft - quote.pickupEtaMin;
  const lateness = slack < 15 ? (15 - slack) * 40 : 0;
  return quote.priceCents / 100 + quote.pickupEtaMin * 0.5 + lateness - rider.rating * 2;
}

export async function quoteJob(job: Job, now = new Date()): Promise<BoardRow[]> {
  const riders = (await ridersNear(job.pickup, SEARCH_RADIUS_KM))
    .filter((r) => eligible(r, job))
    .sort((a, b) => b.rating - a.rating)
    .slice(0, MAX_CANDIDATES);

  if (riders.length === 0) {
    throw new Error(`no eligible riders within ${SEARCH_RADIUS_KM}km of job ${job.id}`);
  }

  const settled = await Promise.allSettled(riders.map((r) => riderApp.requestQuote(r.id, job)));

  const rows: BoardRow[] = settled.map((result, i) => {
    const quote = (result as PromiseFulfilledResult<Quote>).value;
    const rider = riders[i];
    return {
      riderId: rider.id,
      name: rider.name,
      priceCents: quote.priceCents,
      etaMin: quote.pickupEtaMin,
      score: Math.round(score(quote, rider, job, now) * 10) / 10,
    };
  });

  rows.sort((a, b) => a.score - b.score);
  await publishBoard(job.id, rows);
  return rows;
}
