// expect: none
// The counters filled in by the readline 'line' listener are only read after awaiting once(rl, 'close'), when every line has been processed.
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface SpoolStock {
  material: string;
  gaugeLb: number;
  spools: number;
  metres: number;
}

export interface InventorySummary {
  spools: number;
  totalMetres: number;
  skippedLines: number;
  byGauge: SpoolStock[];
}

function parseRow(line: string): { material: string; gaugeLb: number; metres: number } | null {
  const [sku, material, gauge, metres] = line.split(',').map((c) => c.trim());
  if (!sku || sku === 'sku') return null;
  const gaugeLb = Number(gauge);
  const m = Number(metres);
  if (!material || !Number.isFinite(gaugeLb) || !Number.isFinite(m) || m <= 0) return null;
  return { material, gaugeLb, metres: m };
}

export async function summariseSpoolInventory(csvFile: string): Promise<InventorySummary> {
  const rl = createInterface({ input: createReadStream(csvFile, { encoding: 'utf8' }), crlfDelay: Infinity });
  const stock = new Map<string, SpoolStock>();
  let spools = 0;
  let skippedLines = 0;

  rl.on('line', (line) => {
    if (line.trim() === '') return;
    const row = parseRow(line);
    if (!row) {
      skippedLines += 1;
      return;
    }
    spools += 1;
    const key = `${row.material}@${row.gaugeLb}`;
    const entry = stock.get(key) ?? { material: row.material, gaugeLb: row.gaugeLb, spools: 0, metres: 0 };
    entry.spools += 1;
    entry.metres += row.metres;
    stock.set(key, entry);
  });

  await once(rl, 'close');

  const byGauge = [...stock.values()].sort((a, b) => a.material.localeCompare(b.material) || a.gaugeLb - b.gaugeLb);
  const totalMetres = byGauge.reduce((sum, s) => sum + s.metres, 0);
  return { spools, totalMetres, skippedLines, byGauge };
}

export async function reorderList(csvFile: string, minMetresPerGauge = 500): Promise<string[]> {
  const summary = await summariseSpoolInventory(csvFile);
  return summary.byGauge
    .filter((s) => s.metres < minMetresPerGauge)
    .map((s) => `${s.material} ${s.gaugeLb}lb: ${Math.round(s.metres)} m left (${s.spools} spools)`);
}
