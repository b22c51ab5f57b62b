// expect: none
// The signal is checked each iteration and passed to the grinder and the timers/promises delay; try/finally releases the blade and lets AbortError propagate.
import { setTimeout as delay } from "node:timers/promises";

export interface SharpenTicket {
  ticketId: string;
  skateSize: number;
  hollowMm: number;
  customer: string;
}

export interface SharpenDone {
  ticketId: string;
  finishedAt: Date;
  passes: number;
}

interface GrinderStation {
  clamp(ticket: SharpenTicket): Promise<void>;
  grind(hollowMm: number, options: { signal?: AbortSignal }): Promise<number>;
  release(): Promise<void>;
}

declare const pickupBoard: {
  announce(ticketId: string, customer: string): Promise<void>;
};

const COOLANT_REST_MS = 1500;

async function sharpenOne(
  station: GrinderStation,
  ticket: SharpenTicket,
  signal: AbortSignal,
): Promise<SharpenDone> {
  await station.clamp(ticket);
  try {
    const passes = await station.grind(ticket.hollowMm, { signal });
    return { ticketId: ticket.ticketId, finishedAt: new Date(), passes };
  } finally {
    await station.release();
  }
}

export async function workQueue(
  station: GrinderStation,
  tickets: SharpenTicket[],
  signal: AbortSignal,
): Promise<SharpenDone[]> {
  const done: SharpenDone[] = [];
  const bySize = [...tickets].sort((a, b) => a.hollowMm - b.hollowMm || a.skateSize - b.skateSize);

  for (const ticket of bySize) {
    signal.throwIfAborted();
    const result = await sharpenOne(station, ticket, signal);
    done.push(result);
    await pickupBoard.announce(ticket.ticketId, ticket.customer);
    await delay(COOLANT_REST_MS, undefined, { signal });
  }
  return done;
}

export function estimateWaitMinutes(tickets: SharpenTicket[], minutesPerPass = 0.75): number {
  const passes = tickets.reduce((sum, t) => sum + Math.ceil(12 / t.hollowMm) + 2, 0);
  const rests = (tickets.length * COOLANT_REST_MS) / 60_000;
  return Math.ceil(passes * minutesPerPass + rests);
}

export function nextUp(tickets: SharpenTicket[], count = 3): string[] {
  return [...tickets]
    .sort((a, b) => a.hollowMm - b.hollowMm || a.skateSize - b.skateSize)
    .slice(0, count)
    .map((t) => `${t.ticketId} (${t.customer})`);
}
