// expect: none
// Only the parse sits inside the try and resolve runs after it, with a return after every reject, so a bad ticket file rejects once and a good one resolves once; nothing after resolve can throw into the catch.
import { readFile } from 'node:fs';
import { join } from 'node:path';

export type Mechanism = 'typebar' | 'typeball' | 'daisywheel';

export interface RepairTicket {
  ticketId: string;
  make: string;
  model: string;
  mechanism: Mechanism;
  symptoms: string[];
  partsNeeded: string[];
}

const TICKET_DIR = process.env.REPAIR_TICKET_DIR ?? '/var/lib/typewriter-shop/tickets';

function parseTicket(ticketId: string, text: string): RepairTicket {
  const raw = JSON.parse(text) as Partial<RepairTicket>;
  if (!raw.make || !raw.model) {
    throw new Error(`ticket ${ticketId} is missing make/model`);
  }
  const mechanism = raw.mechanism ?? 'typebar';
  if (!['typebar', 'typeball', 'daisywheel'].includes(mechanism)) {
    throw new Error(`ticket ${ticketId} has unknown mechanism ${String(mechanism)}`);
  }
  return {
    ticketId,
    make: raw.make,
    model: raw.model,
    mechanism,
    symptoms: raw.symptoms ?? [],
    partsNeeded: raw.partsNeeded ?? [],
  };
}

export function loadTicket(ticketId: string): Promise<RepairTicket> {
  const file = join(TICKET_DIR, `${ticketId}.json`);
  return new Promise<RepairTicket>((resolve, reject) => {
    readFile(file, 'utf8', (err, text) => {
      if (err) {
        reject(err.code === 'ENOENT' ? new Error(`no ticket ${ticketId}`, { cause: err }) : err);
        return;
      }
      let ticket: RepairTicket;
      try {
        ticket = parseTicket(ticketId, text);
      } catch (parseErr) {
        reject(parseErr);
        return;
      }
      resolve(ticket);
    });
  });
}

export async function benchQueue(ticketIds: string[]): Promise<RepairTicket[]> {
  const tickets = await Promise.all(ticketIds.map(loadTicket));
  const weight: Record<Mechanism, number> = { typeball: 0, daisywheel: 1, typebar: 2 };
  return tickets.sort(
    (a, b) => weight[a.mechanism] - weight[b.mechanism] || b.partsNeeded.length - a.partsNeeded.length,
  );
}
