// expect: no-read-before-settle
// formatVersion is set by the readline 'line' handler when the '#version' header arrives, but the parser is picked from it synchronously, before any line can have been read.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';

export interface WheelPart {
  partNo: string;
  name: string;
  fits: string[];
  pricePence: number;
  stock: number;
}

type RowParser = (cells: string[]) => WheelPart | null;

const parseV1: RowParser = ([partNo, name, fits, price]) => {
  if (!partNo || !name) return null;
  return {
    partNo,
    name,
    fits: (fits ?? '').split('|').filter(Boolean),
    pricePence: Math.round(Number(price) * 100),
    stock: 0,
  };
};

const parseV2: RowParser = ([partNo, name, fits, pence, stock]) => {
  if (!partNo || !name) return null;
  return {
    partNo,
    name,
    fits: (fits ?? '').split('|').filter(Boolean),
    pricePence: Number.parseInt(pence ?? '0', 10),
    stock: Number.parseInt(stock ?? '0', 10),
  };
};

export async function loadPartsCatalogue(file: string): Promise<Map<string, WheelPart>> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  let formatVersion = 1;
  const rows: string[][] = [];
  rl.on('line', (line) => {
    if (line.startsWith('#version')) {
      formatVersion = Number.parseInt(line.slice('#version'.length).trim(), 10) || 1;
      return;
    }
    if (line.startsWith('#') || line.trim() === '') return;
    rows.push(line.split(','));
  });

  const parse = formatVersion >= 2 ? parseV2 : parseV1;
  await once(rl, 'close');

  const parts = new Map<string, WheelPart>();
  for (const cells of rows) {
    const part = parse(cells);
    if (part) parts.set(part.partNo, part);
  }
  return parts;
}

export function partsFor(catalogue: Map<string, WheelPart>, wheelModel: string): WheelPart[] {
  return [...catalogue.values()]
    .filter((p) => p.fits.includes(wheelModel) || p.fits.includes('*'))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function restockList(catalogue: Map<string, WheelPart>, minimum = 2): string[] {
  return [...catalogue.values()].filter((p) => p.stock < minimum).map((p) => p.partNo);
}
