// expect: none
// The sweeper's signal reaches the interval iterator, the events.once wait, every fetch and the per-item throwIfAborted check, so abort stops it promptly at any point.
import { EventEmitter, once } from 'node:events';
import { setInterval as every } from 'node:timers/promises';

export interface Rental {
  rentalId: string;
  boatId: string;
  customerPhone: string;
  dueBackAt: string;
  lastGpsFix: { lat: number; lon: number; at: string } | null;
}

export interface SweepStats {
  sweeps: number;
  remindersSent: number;
  escalated: string[];
}

declare const dockApi: { baseUrl: string };
declare const dockRadio: EventEmitter;
declare function sendSms(phone: string, text: string, options: { signal: AbortSignal }): Promise<void>;

async function overdueRentals(dockId: string, signal: AbortSignal): Promise<Rental[]> {
  const res = await fetch(`${dockApi.baseUrl}/docks/${dockId}/rentals?status=out&overdue=true`, { signal });
  if (!res.ok) throw new Error(`dock API ${res.status}`);
  return (await res.json()) as Rental[];
}

async function escalate(rental: Rental, signal: AbortSignal): Promise<void> {
  const res = await fetch(`${dockApi.baseUrl}/rentals/${rental.rentalId}/escalate`, { method: 'POST', signal });
  if (!res.ok) throw new Error(`escalation for ${rental.rentalId} failed: ${res.status}`);
  dockRadio.emit('call-out', { boatId: rental.boatId, lastFix: rental.lastGpsFix });
}

function minutesOverdue(rental: Rental, now: number): number {
  return (now - Date.parse(rental.dueBackAt)) / 60_000;
}

/**
 * Runs until aborted. Paddlers 15 minutes late get a text; after 45 minutes (or with
 * no GPS fix for 30) the rental is escalated to the safety boat.
 */
export async function runReturnSweeper(dockId: string, signal: AbortSignal, intervalMs = 60_000): Promise<SweepStats> {
  const stats: SweepStats = { sweeps: 0, remindersSent: 0, escalated: [] };
  const reminded = new Set<string>();

  // Do not start sweeping until the dock radio has checked in for the day.
  await once(dockRadio, 'online', { signal });

  try {
    for await (const _tick of every(intervalMs, undefined, { signal })) {
      stats.sweeps++;
      const now = Date.now();
      for (const rental of await overdueRentals(dockId, signal)) {
        signal.throwIfAborted();
        const late = minutesOverdue(rental, now);
        const fixAgeMin = rental.lastGpsFix ? (now - Date.parse(rental.lastGpsFix.at)) / 60_000 : Infinity;

        if ((late >= 45 || fixAgeMin >= 30) && !stats.escalated.includes(rental.rentalId)) {
          await escalate(rental, signal);
          stats.escalated.push(rental.rentalId);
        } else if (late >= 15 && !reminded.has(rental.rentalId)) {
          await sendSms(rental.customerPhone, `Your kayak ${rental.boatId} was due back at ${rental.dueBackAt.slice(11, 16)}. Please paddle in or call the dock.`, { signal });
          reminded.add(rental.rentalId);
          stats.remindersSent++;
        }
      }
    }
  } finally {
    dockRadio.emit('sweeper-stopped', { dockId, sweeps: stats.sweeps });
  }
  return stats;
}
