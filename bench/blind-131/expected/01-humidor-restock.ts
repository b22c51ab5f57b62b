// expect: no-uncalled-async-function
// warmCaches passes the two async loaders themselves to Promise.all instead of calling them, so it resolves at once without loading the reed inventory or the climate profiles.
import { readFile } from 'node:fs/promises';

export interface ReedStock {
  sku: string;
  instrument: 'chanter' | 'drone' | 'practice';
  strength: 'easy' | 'medium' | 'hard';
  onHand: number;
  reorderAt: number;
}

export interface ClimateProfile {
  humidorId: string;
  targetRh: number;
  capacity: number;
}

const DATA_DIR = process.env.REED_DATA_DIR ?? '/var/lib/reed-humidors';

let inventory: Map<string, ReedStock> | null = null;
let profiles: Map<string, ClimateProfile> | null = null;

async function loadReedInventory(): Promise<void> {
  const raw = await readFile(`${DATA_DIR}/inventory.json`, 'utf8');
  const rows = JSON.parse(raw) as ReedStock[];
  inventory = new Map(rows.map((r) => [r.sku, r]));
}

async function loadClimateProfiles(): Promise<void> {
  const raw = await readFile(`${DATA_DIR}/humidors.json`, 'utf8');
  const rows = JSON.parse(raw) as ClimateProfile[];
  profiles = new Map(rows.map((p) => [p.humidorId, p]));
}

export async function warmCaches(): Promise<void> {
  await Promise.all([loadReedInventory, loadClimateProfiles]);
}

export interface RestockLine {
  sku: string;
  order: number;
  humidorId: string;
}

export function planRestock(humidorFor: (stock: ReedStock) => string): RestockLine[] {
  if (!inventory || !profiles) throw new Error('reed caches are cold; call warmCaches() first');
  const freeSpace = new Map<string, number>();
  for (const p of profiles.values()) freeSpace.set(p.humidorId, p.capacity);
  for (const stock of inventory.values()) {
    const h = humidorFor(stock);
    freeSpace.set(h, (freeSpace.get(h) ?? 0) - stock.onHand);
  }

  const lines: RestockLine[] = [];
  for (const stock of inventory.values()) {
    if (stock.onHand > stock.reorderAt) continue;
    const humidorId = humidorFor(stock);
    const space = freeSpace.get(humidorId) ?? 0;
    const wanted = stock.reorderAt * 2 - stock.onHand;
    const order = Math.max(0, Math.min(wanted, space));
    if (order === 0) continue;
    freeSpace.set(humidorId, space - order);
    lines.push({ sku: stock.sku, order, humidorId });
  }
  return lines;
}

export async function nightlyRestock(): Promise<RestockLine[]> {
  await warmCaches();
  return planRestock((s) => (s.instrument === 'drone' ? 'H-DRONE' : 'H-CHANTER'));
}
