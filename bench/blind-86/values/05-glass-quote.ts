// expect: none
// The object of promises is handed to resolveAll, whose parameter type is a record of promises and which awaits each entry before building the response JSON.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface WindowSpec {
  widthMm: number;
  heightMm: number;
  pieces: number;
  glass: string[];
  leaded: boolean;
}

declare const pricing: {
  glassCost(codes: string[], areaM2: number): Promise<number>;
  cameCost(perimeterM: number, pieces: number): Promise<number>;
  labourHours(pieces: number, leaded: boolean): Promise<number>;
  kilnSlot(areaM2: number): Promise<{ date: string; firingCost: number }>;
};

type Awaited_<T> = { [K in keyof T]: Awaited<T[K]> };

async function resolveAll<T extends Record<string, Promise<unknown>>>(parts: T): Promise<Awaited_<T>> {
  const keys = Object.keys(parts) as Array<keyof T>;
  const values = await Promise.all(keys.map((k) => parts[k]));
  const out = {} as Awaited_<T>;
  keys.forEach((k, i) => {
    out[k] = values[i] as Awaited_<T>[typeof k];
  });
  return out;
}

const HOURLY_RATE = 58;

export async function quoteWindow(spec: WindowSpec) {
  const areaM2 = (spec.widthMm * spec.heightMm) / 1e6;
  const perimeterM = (2 * (spec.widthMm + spec.heightMm)) / 1000;

  const parts = await resolveAll({
    glass: pricing.glassCost(spec.glass, areaM2),
    came: pricing.cameCost(perimeterM * (spec.leaded ? spec.pieces / 4 : 1), spec.pieces),
    hours: pricing.labourHours(spec.pieces, spec.leaded),
    kiln: pricing.kilnSlot(areaM2),
  });

  const labour = parts.hours * HOURLY_RATE;
  return {
    areaM2: Number(areaM2.toFixed(3)),
    lines: [
      { item: 'glass', amount: parts.glass },
      { item: 'came & solder', amount: parts.came },
      { item: `labour (${parts.hours} h)`, amount: labour },
      { item: 'kiln firing', amount: parts.kiln.firingCost },
    ],
    total: parts.glass + parts.came + labour + parts.kiln.firingCost,
    earliestFiring: parts.kiln.date,
  };
}

export async function handleQuote(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const spec = JSON.parse(Buffer.concat(chunks).toString('utf8')) as WindowSpec;
  try {
    const quote = await quoteWindow(spec);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(quote));
  } catch (err) {
    res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'pricing service unavailable' }));
  }
}
