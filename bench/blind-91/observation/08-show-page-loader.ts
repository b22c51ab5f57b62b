// expect: none
// The two stored requests are awaited together through Promise.all, the reviews request is turned into a never-rejecting result object at creation so the early-return path leaves nothing unhandled, and the interval callback catches.
interface Show {
  id: string;
  title: string;
  published: boolean;
  domeMinutes: number;
}

interface SeatMap {
  rows: number;
  free: string[];
}

interface Review {
  stars: number;
  text: string;
}

declare const api: {
  show(id: string, init: { signal: AbortSignal }): Promise<Show>;
  seatMap(id: string, init: { signal: AbortSignal }): Promise<SeatMap>;
  reviews(id: string, init: { signal: AbortSignal }): Promise<Review[]>;
  schedule(day: string): Promise<Array<{ showId: string; at: string }>>;
};

export interface ShowPage {
  show: Show;
  seats: SeatMap;
  reviews: Review[];
  rating: number | null;
}

export async function loadShowPage(showId: string, signal: AbortSignal): Promise<ShowPage> {
  const showPromise = api.show(showId, { signal });
  const seatsPromise = api.seatMap(showId, { signal });
  // reviews are optional: settle into a result object so an early return leaves nothing to reject
  const reviewsPromise = api.reviews(showId, { signal }).then(
    (reviews) => ({ ok: true as const, reviews }),
    (error: unknown) => ({ ok: false as const, error }),
  );

  const [show, seats] = await Promise.all([showPromise, seatsPromise]);
  if (!show.published) {
    return { show, seats, reviews: [], rating: null };
  }

  const outcome = await reviewsPromise;
  if (!outcome.ok) {
    signal.throwIfAborted();
    console.warn(`reviews unavailable for ${showId}`, outcome.error);
  }
  const reviews = outcome.ok ? outcome.reviews : [];
  const rating = reviews.length ? reviews.reduce((s, r) => s + r.stars, 0) / reviews.length : null;
  return { show, seats, reviews, rating };
}

let todaysSchedule: Array<{ showId: string; at: string }> = [];

async function refreshSchedule(): Promise<void> {
  const day = new Date().toISOString().slice(0, 10);
  todaysSchedule = await api.schedule(day);
}

export function startScheduleRefresh(everyMs = 60_000): () => void {
  const timer = setInterval(() => {
    refreshSchedule().catch((err) => console.warn('schedule refresh failed', err));
  }, everyMs);
  return () => clearInterval(timer);
}

export function nextShowing(now = new Date()): { showId: string; at: string } | undefined {
  const hhmm = now.toTimeString().slice(0, 5);
  return todaysSchedule.find((s) => s.at >= hhmm);
}
