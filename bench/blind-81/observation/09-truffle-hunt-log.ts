// expect: no-unobserved-promise
// logHunt starts the GPS track request before validating, and the EmptyHuntError throw path abandons it with nothing attached, so its rejection goes unhandled.
export interface TruffleFind {
  findId: string;
  species: 'tuber-melanosporum' | 'tuber-aestivum' | 'tuber-magnatum';
  lat: number;
  lon: number;
  dogIndicatedAt: number;
}

export interface HuntSession {
  sessionId: string;
  dogId: string;
  handlerId: string;
  orchard: string;
  startedAt: number;
  endedAt: number;
  finds: TruffleFind[];
  allowEmpty: boolean;
}

export interface HuntLog {
  sessionId: string;
  dogId: string;
  distanceKm: number;
  totalGrams: number;
  gramsPerHour: number;
  finds: Array<TruffleFind & { grams: number }>;
}

interface GpsTrack {
  points: Array<{ lat: number; lon: number; at: number }>;
}

declare const collarTracker: {
  trackFor(dogId: string, from: number, to: number): Promise<GpsTrack>;
};
declare const sortingScale: {
  weigh(findId: string): Promise<number>;
};
declare const huntJournal: {
  append(log: HuntLog): Promise<void>;
};

export class EmptyHuntError extends Error {
  constructor(readonly sessionId: string) {
    super(`hunt ${sessionId} recorded no finds; mark it allowEmpty to log a training walk`);
  }
}

function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function trackDistance(track: GpsTrack): number {
  let km = 0;
  for (let i = 1; i < track.points.length; i++) km += haversineKm(track.points[i - 1], track.points[i]);
  return Math.round(km * 100) / 100;
}

export async function logHunt(session: HuntSession): Promise<HuntLog> {
  const trackRequest = collarTracker.trackFor(session.dogId, session.startedAt, session.endedAt);

  if (session.finds.length === 0 && !session.allowEmpty) {
    throw new EmptyHuntError(session.sessionId);
  }

  const [track, weights] = await Promise.all([
    trackRequest,
    Promise.all(session.finds.map((find) => sortingScale.weigh(find.findId))),
  ]);

  const finds = session.finds.map((find, index) => ({ ...find, grams: weights[index] }));
  const totalGrams = weights.reduce((sum, grams) => sum + grams, 0);
  const hours = Math.max((session.endedAt - session.startedAt) / 3_600_000, 0.25);
  const log: HuntLog = {
    sessionId: session.sessionId,
    dogId: session.dogId,
    distanceKm: trackDistance(track),
    totalGrams,
    gramsPerHour: Math.round(totalGrams / hours),
    finds,
  };
  await huntJournal.append(log);
  return log;
}
