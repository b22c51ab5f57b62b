// expect: none
// The 'line' handler fills the counters and map later, but they are read only after `await once(rl, 'close')`, when every line has been handled (a read error rejects that wait).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';

export interface FlightRecord {
  date: string;
  bird: string;
  species: 'peregrine' | 'harris-hawk' | 'goshawk' | 'kestrel' | 'merlin';
  weightG: number;
  quarry: string | null;
  flightMin: number;
}

export interface SeasonSummary {
  flights: number;
  kills: number;
  skipped: number;
  byBird: Map<string, { flights: number; kills: number; avgWeightG: number }>;
}

function parseLine(line: string): FlightRecord | null {
  const cols = line.split(',').map((c) => c.trim());
  if (cols.length < 6 || !/^\d{4}-\d{2}-\d{2}$/.test(cols[0])) return null;
  const weightG = Number(cols[3]);
  const flightMin = Number(cols[5]);
  if (!Number.isFinite(weightG) || !Number.isFinite(flightMin)) return null;
  return {
    date: cols[0],
    bird: cols[1],
    species: cols[2] as FlightRecord['species'],
    weightG,
    quarry: cols[4] === '' || cols[4] === '-' ? null : cols[4],
    flightMin,
  };
}

export async function importSeason(path: string): Promise<SeasonSummary> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  let flights = 0;
  let kills = 0;
  let skipped = 0;
  let header = true;
  const weights = new Map<string, { flights: number; kills: number; totalG: number }>();

  rl.on('line', (line) => {
    if (header) {
      header = false;
      return;
    }
    const rec = parseLine(line);
    if (!rec) {
      skipped++;
      return;
    }
    flights++;
    if (rec.quarry) kills++;
    const agg = weights.get(rec.bird) ?? { flights: 0, kills: 0, totalG: 0 };
    agg.flights++;
    agg.totalG += rec.weightG;
    if (rec.quarry) agg.kills++;
    weights.set(rec.bird, agg);
  });

  // readline re-emits input errors, and events.once rejects on 'error'.
  await once(rl, 'close');

  const byBird = new Map<string, { flights: number; kills: number; avgWeightG: number }>();
  for (const [bird, agg] of weights) {
    byBird.set(bird, { flights: agg.flights, kills: agg.kills, avgWeightG: Math.round(agg.totalG / agg.flights) });
  }
  return { flights, kills, skipped, byBird };
}
