// expect: none
// The signal reaches fetch through the RequestInit built by caveApiInit(), and is passed explicitly to the reservations client and the pacing delay.
import { setTimeout as delay } from "node:timers/promises";

export interface CaveTour {
  id: string;
  chamber: string;
  startsAt: string;
  capacity: number;
  booked: number;
}

interface SensorSnapshot {
  chamber: string;
  co2Ppm: number;
  waterLevelCm: number;
}

declare const reservations: {
  setCapacity(tourId: string, capacity: number, opts?: { signal?: AbortSignal }): Promise<void>;
};

const SENSOR_API = "https://sensors.caves.example/api/v2";
const CO2_LIMIT_PPM = 5_000;
const FLOOD_WARNING_CM = 40;
const PACE_MS = 250;

function caveApiInit(signal: AbortSignal, token: string): RequestInit {
  return {
    method: "GET",
    headers: { authorization: `Bearer ${token}`, accept: "application/json" },
    signal,
  };
}

export function safeCapacity(tour: CaveTour, snapshot: SensorSnapshot | undefined): number {
  if (!snapshot) return Math.min(tour.capacity, 8);
  if (snapshot.waterLevelCm >= FLOOD_WARNING_CM) return 0;
  if (snapshot.co2Ppm > CO2_LIMIT_PPM) return Math.min(tour.capacity, 6);
  return tour.capacity;
}

export async function syncTourCapacity(
  tours: CaveTour[],
  token: string,
  signal: AbortSignal,
): Promise<Array<{ tourId: string; capacity: number }>> {
  const res = await fetch(`${SENSOR_API}/chambers/latest`, caveApiInit(signal, token));
  if (!res.ok) throw new Error(`sensor API returned ${res.status}`);
  const snapshots = (await res.json()) as SensorSnapshot[];
  const byChamber = new Map(snapshots.map((s) => [s.chamber, s]));

  const changes: Array<{ tourId: string; capacity: number }> = [];
  for (const tour of tours) {
    const capacity = Math.max(tour.booked, safeCapacity(tour, byChamber.get(tour.chamber)));
    if (capacity === tour.capacity) continue;
    await reservations.setCapacity(tour.id, capacity, { signal });
    changes.push({ tourId: tour.id, capacity });
    // the booking system rate-limits capacity edits
    await delay(PACE_MS, undefined, { signal });
  }
  return changes;
}
