// expect: require-signal-propagation
// quoteTrip passes its signal to the rafts request but not to the guides request built with custom headers, so a cancelled quote keeps that fetch running.
export interface TripRequest {
  river: string;
  date: string;
  paddlers: number;
  classLevel: 2 | 3 | 4 | 5;
}

interface RaftAvailability {
  raftId: string;
  seats: number;
  dayRate: number;
  selfBailing: boolean;
}

interface GuideAvailability {
  guideId: string;
  maxClass: number;
  dayRate: number;
  swiftwaterCertified: boolean;
}

export interface TripQuote {
  rafts: string[];
  guides: string[];
  total: number;
  currency: "USD";
}

declare const OUTFITTER_API: string;
declare const API_TOKEN: string;

async function getJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(new URL(path, OUTFITTER_API), {
    ...init,
    headers: { accept: "application/json", authorization: `Bearer ${API_TOKEN}`, ...init.headers },
  });
  if (!res.ok) {
    throw new Error(`${path} responded ${res.status}`);
  }
  return (await res.json()) as T;
}

function pickRafts(rafts: RaftAvailability[], paddlers: number, classLevel: number): RaftAvailability[] {
  const usable = rafts
    .filter((r) => classLevel < 4 || r.selfBailing)
    .sort((a, b) => a.dayRate / a.seats - b.dayRate / b.seats);
  const chosen: RaftAvailability[] = [];
  let seats = 0;
  for (const raft of usable) {
    if (seats >= paddlers) break;
    chosen.push(raft);
    seats += raft.seats;
  }
  if (seats < paddlers) {
    throw new Error(`only ${seats} seats available for ${paddlers} paddlers`);
  }
  return chosen;
}

export async function quoteTrip(req: TripRequest, signal: AbortSignal): Promise<TripQuote> {
  const query = new URLSearchParams({ river: req.river, date: req.date });
  const [rafts, guides] = await Promise.all([
    getJson<RaftAvailability[]>(`/rafts?${query}`, { signal }),
    getJson<GuideAvailability[]>(`/guides?${query}`, { headers: { "x-min-class": String(req.classLevel) } }),
  ]);

  const chosenRafts = pickRafts(rafts, req.paddlers, req.classLevel);
  const qualified = guides
    .filter((g) => g.maxClass >= req.classLevel && (req.classLevel < 4 || g.swiftwaterCertified))
    .sort((a, b) => a.dayRate - b.dayRate);
  if (qualified.length < chosenRafts.length) {
    throw new Error(`need ${chosenRafts.length} guides for class ${req.classLevel}, found ${qualified.length}`);
  }
  const chosenGuides = qualified.slice(0, chosenRafts.length);

  const total =
    chosenRafts.reduce((sum, r) => sum + r.dayRate, 0) + chosenGuides.reduce((sum, g) => sum + g.dayRate, 0);
  return {
    rafts: chosenRafts.map((r) => r.raftId),
    guides: chosenGuides.map((g) => g.guideId),
    total: Math.round(total * 100) / 100,
    currency: "USD",
  };
}
