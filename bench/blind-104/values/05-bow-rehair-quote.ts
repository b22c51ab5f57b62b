// expect: no-read-before-settle
// quoteRehair starts readFile with a callback that replaces the price list and then reads prices on the very next line, before the callback has run, so every quote uses the hard-coded defaults instead of the shop's current prices.
import { readFile } from 'node:fs';

export type Instrument = 'violin' | 'viola' | 'cello' | 'bass';

export interface BowTicket {
  ticketNo: number;
  instrument: Instrument;
  hair: 'white' | 'black' | 'salt-pepper';
  extras: Array<'thumb-leather' | 'winding' | 'eyelet'>;
  rush: boolean;
}

export interface PriceList {
  base: Record<Instrument, number>;
  blackHairSurcharge: number;
  extras: Record<BowTicket['extras'][number], number>;
  rushMultiplier: number;
}

export interface Quote {
  ticketNo: number;
  lines: Array<[string, number]>;
  total: number;
}

const DEFAULT_PRICES: PriceList = {
  base: { violin: 70, viola: 75, cello: 85, bass: 95 },
  blackHairSurcharge: 10,
  extras: { 'thumb-leather': 25, winding: 40, eyelet: 15 },
  rushMultiplier: 1.5,
};

export function quoteRehair(ticket: BowTicket, priceFile: string): Quote {
  let prices = DEFAULT_PRICES;
  readFile(priceFile, 'utf8', (err, text) => {
    if (!err) prices = { ...DEFAULT_PRICES, ...(JSON.parse(text) as Partial<PriceList>) };
  });

  const lines: Array<[string, number]> = [[`${ticket.instrument} rehair`, prices.base[ticket.instrument]]];
  if (ticket.hair === 'black') lines.push(['black hair', prices.blackHairSurcharge]);
  for (const extra of ticket.extras) lines.push([extra, prices.extras[extra]]);

  let total = lines.reduce((sum, [, amount]) => sum + amount, 0);
  if (ticket.rush) {
    const rushFee = Math.round(total * (prices.rushMultiplier - 1));
    lines.push(['rush (48h)', rushFee]);
    total += rushFee;
  }
  return { ticketNo: ticket.ticketNo, lines, total };
}

export function formatQuote(q: Quote): string {
  const width = Math.max(...q.lines.map(([label]) => label.length));
  const body = q.lines.map(([label, amount]) => `${label.padEnd(width)}  $${amount.toFixed(2)}`);
  return [`Ticket #${q.ticketNo}`, ...body, `${'total'.padEnd(width)}  $${q.total.toFixed(2)}`].join('\n');
}
