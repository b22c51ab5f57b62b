// expect: no-floating-promises
// archiveTrip hands an async callback to forEach, which ignores the returned promises: uploads float and the trip is marked archived before they finish.

export interface DiveLog {
  diveId: string;
  wreck: string;
  diver: string;
  maxDepthM: number;
  bottomTimeMin: number;
  gas: 'air' | 'nitrox32' | 'trimix';
  photos: string[];
  notes: string;
}

export interface DiveTrip {
  tripId: string;
  boat: string;
  date: string;
  dives: DiveLog[];
}

declare const archiveStore: {
  putLog(tripId: string, log: DiveLog): Promise<void>;
  putPhoto(diveId: string, path: string): Promise<string>;
  markArchived(tripId: string, summary: TripSummary): Promise<void>;
};

export interface TripSummary {
  dives: number;
  deepestM: number;
  wrecks: string[];
  flagged: string[];
}

const NDL_MINUTES: Array<[number, number]> = [
  [12, 147], [15, 72], [18, 56], [21, 37], [24, 29], [27, 20], [30, 14], [33, 9], [36, 8], [39, 6],
];

export function exceedsNoDecoLimit(log: DiveLog): boolean {
  if (log.gas === 'trimix') return false;
  const depth = log.gas === 'nitrox32' ? log.maxDepthM * 0.85 : log.maxDepthM;
  const row = NDL_MINUTES.find(([d]) => depth <= d);
  if (!row) return true;
  return log.bottomTimeMin > row[1];
}

export function summarise(trip: DiveTrip): TripSummary {
  return {
    dives: trip.dives.length,
    deepestM: Math.max(0, ...trip.dives.map((d) => d.maxDepthM)),
    wrecks: [...new Set(trip.dives.map((d) => d.wreck))].sort(),
    flagged: trip.dives.filter(exceedsNoDecoLimit).map((d) => d.diveId),
  };
}

function redactCoordinates(notes: string): string {
  return notes.replace(/-?\d{1,3}\.\d{3,}\s*,\s*-?\d{1,3}\.\d{3,}/g, '[protected site]');
}

export async function archiveTrip(trip: DiveTrip): Promise<TripSummary> {
  const summary = summarise(trip);
  trip.dives.forEach(async (dive) => {
    const photoKeys: string[] = [];
    for (const photo of dive.photos) {
      photoKeys.push(await archiveStore.putPhoto(dive.diveId, photo));
    }
    await archiveStore.putLog(trip.tripId, {
      ...dive,
      notes: redactCoordinates(dive.notes),
      photos: photoKeys,
    });
  });
  await archiveStore.markArchived(trip.tripId, summary);
  return summary;
}
