// expect: none
// The counters are written in readline 'line' callbacks but read only after `await once(rl, 'close')`, when every line has been processed.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';

export interface RibbonStock {
  spool: 'universal' | 'twin-spool-1/2' | 'correctable' | 'ibm-selectric' | 'other';
  colour: 'black' | 'black-red' | 'purple' | 'brown';
  count: number;
}

export interface InventorySummary {
  totalSpools: number;
  byKind: Map<string, number>;
  lowStock: string[];
  skippedLines: number;
}

const LOW_STOCK_THRESHOLD = 4;

function parseLine(line: string): RibbonStock | null {
  const [spool, colour, count] = line.split('\t');
  const n = Number(count);
  if (!spool || !colour || !Number.isInteger(n) || n < 0) return null;
  return { spool: spool as RibbonStock['spool'], colour: colour as RibbonStock['colour'], count: n };
}

export async function summariseRibbonLedger(path: string): Promise<InventorySummary> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  let totalSpools = 0;
  let skippedLines = 0;
  let header = true;
  const byKind = new Map<string, number>();

  rl.on('line', (line) => {
    if (header) {
      header = false;
      return;
    }
    const row = parseLine(line);
    if (!row) {
      skippedLines++;
      return;
    }
    const key = `${row.spool}/${row.colour}`;
    byKind.set(key, (byKind.get(key) ?? 0) + row.count);
    totalSpools += row.count;
  });

  // readline forwards stream errors; once() rejects on 'error' while waiting for 'close'.
  await once(rl, 'close');

  const lowStock = [...byKind.entries()]
    .filter(([, count]) => count < LOW_STOCK_THRESHOLD)
    .map(([key]) => key)
    .sort();

  return { totalSpools, byKind, lowStock, skippedLines };
}

export function reorderList(summary: InventorySummary, visitingMachines: Map<string, number>): string[] {
  // Machines on the "try a typewriter" desk chew through ribbons: keep two per machine.
  const orders: string[] = [];
  for (const [kind, machines] of visitingMachines) {
    const have = summary.byKind.get(kind) ?? 0;
    const want = Math.max(LOW_STOCK_THRESHOLD, machines * 2);
    if (have < want) orders.push(`${kind}: order ${want - have}`);
  }
  return orders;
}
