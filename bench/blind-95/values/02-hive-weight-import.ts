// expect: no-read-before-settle
// The weights array is filled by readline 'line' events that fire later, but the function averages it immediately after wiring the listener, so every import reports zero hives and NaN kilograms.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface HiveWeight {
  hiveId: string;
  date: string;
  kg: number;
}

export interface ImportSummary {
  file: string;
  hives: number;
  averageKg: number;
  heaviest: HiveWeight | undefined;
}

function parseRow(line: string): HiveWeight | null {
  // exported by the co-op's scales as: hive_id;yyyy-mm-dd;kilograms
  const [hiveId, date, kg] = line.split(';');
  if (!hiveId || !date || !kg || hiveId === 'hive_id') return null;
  const value = Number(kg.replace(',', '.'));
  return Number.isFinite(value) ? { hiveId, date, kg: value } : null;
}

export function summariseScaleExport(file: string): ImportSummary {
  const weights: HiveWeight[] = [];
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });

  rl.on('line', (line) => {
    const row = parseRow(line);
    if (row) weights.push(row);
  });
  rl.on('error', (err) => {
    console.error(`failed reading ${file}: ${err.message}`);
  });

  const total = weights.reduce((sum, w) => sum + w.kg, 0);
  const heaviest = weights.reduce<HiveWeight | undefined>((best, w) => (!best || w.kg > best.kg ? w : best), undefined);

  return {
    file,
    hives: new Set(weights.map((w) => w.hiveId)).size,
    averageKg: total / weights.length,
    heaviest,
  };
}

export function formatSummary(s: ImportSummary): string {
  const top = s.heaviest ? `${s.heaviest.hiveId} (${s.heaviest.kg.toFixed(1)} kg on ${s.heaviest.date})` : 'n/a';
  return `${s.file}: ${s.hives} hives, average ${s.averageKg.toFixed(1)} kg, heaviest ${top}`;
}
