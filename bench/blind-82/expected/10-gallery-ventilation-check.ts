// expect: none
// The poll keeps a function (readAir) and calls it on every iteration, and .then() is given the render function itself as its callback, both of which are correct.
import { setTimeout as sleep } from 'node:timers/promises';

export interface AirReading {
  gallery: string;
  radonBqM3: number;
  co2Ppm: number;
  fanRpm: number;
}

export interface TourSlot {
  slotId: string;
  gallery: string;
  startsAt: Date;
  visitors: number;
}

declare const mineSensors: {
  air(gallery: string): Promise<AirReading>;
  boostFans(gallery: string): Promise<void>;
};

declare const bookingDesk: {
  slotsToday(): Promise<TourSlot[]>;
  postNotice(slotId: string, text: string): Promise<void>;
};

const RADON_LIMIT = 300;
const CO2_LIMIT = 1_200;

function isSafe(reading: AirReading): boolean {
  return reading.radonBqM3 < RADON_LIMIT && reading.co2Ppm < CO2_LIMIT;
}

function renderNotice(reading: AirReading): string {
  if (isSafe(reading)) return `${reading.gallery} is open; air quality normal.`;
  return `${reading.gallery} delayed: radon ${reading.radonBqM3} Bq/m3, CO2 ${reading.co2Ppm} ppm. Fans boosted.`;
}

export async function waitForSafeAir(gallery: string, attempts = 12, everyMs = 20_000): Promise<AirReading> {
  const readAir = () => mineSensors.air(gallery);
  let reading = await readAir();
  for (let i = 1; i < attempts && !isSafe(reading); i++) {
    if (i === 1) await mineSensors.boostFans(gallery);
    await sleep(everyMs);
    reading = await readAir();
  }
  if (!isSafe(reading)) {
    throw new Error(`${gallery} air still unsafe after ${attempts} readings`);
  }
  return reading;
}

export function currentNotice(gallery: string): Promise<string> {
  return mineSensors.air(gallery).then(renderNotice);
}

export async function prepareTours(): Promise<Record<string, string>> {
  const slots = await bookingDesk.slotsToday();
  const galleries = [...new Set(slots.map((s) => s.gallery))];
  const notices = await Promise.all(galleries.map((g) => currentNotice(g)));
  const byGallery = new Map(galleries.map((g, i) => [g, notices[i]]));

  const posted: Record<string, string> = {};
  for (const slot of slots) {
    const notice = byGallery.get(slot.gallery) ?? 'Gallery status unavailable.';
    if (slot.visitors > 0) {
      await bookingDesk.postNotice(slot.slotId, notice);
    }
    posted[slot.slotId] = notice;
  }
  return posted;
}

export async function openGallery(slot: TourSlot): Promise<boolean> {
  try {
    const reading = await waitForSafeAir(slot.gallery);
    await bookingDesk.postNotice(slot.slotId, renderNotice(reading));
    return true;
  } catch (err) {
    await bookingDesk.postNotice(slot.slotId, `Tour moved: ${(err as Error).message}`);
    return false;
  }
}
