// expect: no-uncalled-async-function
// The prize-sheet .then callback returns res.json (the method) instead of res.json(), so the archived draw record silently loses its prize list.
import { randomInt } from 'node:crypto';

export interface Ticket {
  number: number;
  holder: string;
  quiltPreference?: string;
}

export interface Prize {
  rank: number;
  title: string;
  maker: string;
}

export interface DrawRecord {
  raffleId: string;
  drawnAt: string;
  winners: Array<{ rank: number; ticket: number; holder: string }>;
}

declare const guildApiBase: string;
declare const archive: {
  put(key: string, body: string): Promise<void>;
};
declare const newsletter: {
  announce(raffleId: string, lines: string[]): Promise<void>;
};

async function loadTickets(raffleId: string): Promise<Ticket[]> {
  const res = await fetch(`${guildApiBase}/raffles/${raffleId}/tickets`);
  if (!res.ok) throw new Error(`ticket list for ${raffleId}: HTTP ${res.status}`);
  return (await res.json()) as Ticket[];
}

function drawWinners(tickets: Ticket[], count: number): Ticket[] {
  const pool = [...tickets];
  const winners: Ticket[] = [];
  const seenHolders = new Set<string>();
  while (winners.length < count && pool.length > 0) {
    const [pick] = pool.splice(randomInt(pool.length), 1);
    // Guild rule: one quilt per household.
    if (seenHolders.has(pick.holder)) continue;
    seenHolders.add(pick.holder);
    winners.push(pick);
  }
  return winners;
}

export async function runDraw(raffleId: string, prizeCount: number): Promise<DrawRecord> {
  const tickets = await loadTickets(raffleId);
  if (tickets.length === 0) {
    throw new Error(`raffle ${raffleId} has no tickets`);
  }

  const winners = drawWinners(tickets, prizeCount);
  const record: DrawRecord = {
    raffleId,
    drawnAt: new Date().toISOString(),
    winners: winners.map((t, i) => ({ rank: i + 1, ticket: t.number, holder: t.holder })),
  };

  const prizes = await fetch(`${guildApiBase}/raffles/${raffleId}/prizes`).then((res) =>
    res.status === 204 ? [] : res.json,
  );

  await archive.put(`raffles/${raffleId}/draw.json`, JSON.stringify({ ...record, prizes }, null, 2));
  await newsletter.announce(
    raffleId,
    record.winners.map((w) => `#${w.rank}: ticket ${w.ticket} (${w.holder})`),
  );
  return record;
}

export function summarizeSales(tickets: Ticket[], pricePerTicket: number): { sold: number; raised: number; topSeller: string | null } {
  const byHolder = new Map<string, number>();
  for (const t of tickets) {
    byHolder.set(t.holder, (byHolder.get(t.holder) ?? 0) + 1);
  }
  let topSeller: string | null = null;
  let best = 0;
  for (const [holder, n] of byHolder) {
    if (n > best) {
      best = n;
      topSeller = holder;
    }
  }
  return { sold: tickets.length, raised: tickets.length * pricePerTicket, topSeller };
}
