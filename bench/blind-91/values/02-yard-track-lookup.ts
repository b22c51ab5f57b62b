// expect: none
// Every promise is awaited before its value is used: the ?? fallback, the template strings, the truthiness test on the hold check and the payload handed to the unknown-typed publish all see settled values.
interface TrackAssignment {
  carId: string;
  track: string;
  bowlPosition: number;
}

declare const cache: {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSec: number): Promise<void>;
};

declare const db: {
  lookupTrack(carId: string): Promise<TrackAssignment>;
  hasBadOrder(carId: string): Promise<boolean>;
  consist(trainId: string): Promise<string[]>;
};

declare const bus: {
  publish(topic: string, payload: unknown): Promise<void>;
};

const log = {
  info: (msg: string) => console.log(`[hump] ${msg}`),
};

export async function trackFor(carId: string): Promise<string> {
  const cached = await cache.get(`track:${carId}`);
  const track = cached ?? (await db.lookupTrack(carId)).track;
  if (!cached) await cache.set(`track:${carId}`, track, 300);
  log.info(`car ${carId} → ${track}${cached ? ' (cached)' : ''}`);
  return track;
}

export async function routeCar(carId: string): Promise<TrackAssignment | null> {
  const holdCheck = db.hasBadOrder(carId);
  const assignment = db.lookupTrack(carId);
  const [badOrder, where] = await Promise.all([holdCheck, assignment]);

  if (badOrder) {
    log.info(`car ${carId} is bad-ordered, sending to rip track`);
    await bus.publish('yard.bad-order', { carId, from: where.track });
    return null;
  }

  await bus.publish('yard.track-assigned', { ...where, assignedAt: new Date().toISOString() });
  return where;
}

export async function buildHumpList(trainId: string): Promise<string> {
  const cars = await db.consist(trainId);
  const lines: string[] = [];
  for (const [i, carId] of cars.entries()) {
    lines.push(`${String(i + 1).padStart(3, ' ')}  ${carId.padEnd(12, ' ')}  ${await trackFor(carId)}`);
  }
  const header = `HUMP LIST ${trainId} — ${cars.length} cars — ${new Date().toISOString()}`;
  return [header, ...lines].join('\n');
}

export async function publishHumpList(trainId: string): Promise<void> {
  const text = await buildHumpList(trainId);
  await bus.publish('yard.hump-list', JSON.stringify({ trainId, text }));
}
