// expect: none
// The counters are written in 'line' callbacks but read only after `await once(rl, 'close')`, by which point every line has been processed.
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { Readable } from 'node:stream';

export interface QuakeEvent {
  eventId: string;
  originTime: string;
  magnitude: number;
  depthKm: number;
  stations: number;
}

export interface FeedDigest {
  events: number;
  felt: QuakeEvent[];
  largest: QuakeEvent | null;
  malformed: number;
  shallowShare: number;
}

declare const seedLink: {
  /** Newline-delimited JSON event bulletin for the requested window. */
  bulletin(network: string, fromIso: string, toIso: string): Readable;
};

declare const alerts: {
  notifyFelt(events: QuakeEvent[]): Promise<void>;
};

const FELT_MAGNITUDE = 3.0;
const SHALLOW_DEPTH_KM = 10;

function parseEvent(line: string): QuakeEvent | null {
  try {
    const raw = JSON.parse(line) as Partial<QuakeEvent>;
    if (typeof raw.eventId !== 'string' || typeof raw.magnitude !== 'number') return null;
    return {
      eventId: raw.eventId,
      originTime: String(raw.originTime),
      magnitude: raw.magnitude,
      depthKm: Number(raw.depthKm ?? 0),
      stations: Number(raw.stations ?? 0),
    };
  } catch {
    return null;
  }
}

export async function digestBulletin(network: string, fromIso: string, toIso: string): Promise<FeedDigest> {
  const input = seedLink.bulletin(network, fromIso, toIso);
  const rl = createInterface({ input, crlfDelay: Infinity });

  let events = 0;
  let malformed = 0;
  let shallow = 0;
  let largest: QuakeEvent | null = null;
  const felt: QuakeEvent[] = [];

  rl.on('line', (line) => {
    if (!line.trim()) return;
    const event = parseEvent(line);
    if (!event || event.stations < 3) {
      malformed++;
      return;
    }
    events++;
    if (event.depthKm <= SHALLOW_DEPTH_KM) shallow++;
    if (event.magnitude >= FELT_MAGNITUDE) felt.push(event);
    if (!largest || event.magnitude > largest.magnitude) largest = event;
  });

  try {
    // readline re-emits input errors, so once() rejects instead of hanging on a broken feed
    await once(rl, 'close');
  } finally {
    input.destroy();
  }

  return {
    events,
    felt,
    largest,
    malformed,
    shallowShare: events === 0 ? 0 : Math.round((shallow / events) * 100) / 100,
  };
}

export async function hourlyDigest(network: string, now = new Date()): Promise<FeedDigest> {
  const from = new Date(now.getTime() - 3_600_000).toISOString();
  const digest = await digestBulletin(network, from, now.toISOString());
  if (digest.felt.length > 0) {
    await alerts.notifyFelt(digest.felt);
  }
  return digest;
}
