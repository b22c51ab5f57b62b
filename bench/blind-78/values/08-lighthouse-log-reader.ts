// expect: none
// The counters and lists filled in the readline 'line' handler are only read after `await once(rl, 'close')`, by which point every line has been delivered (input errors reject that await).
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface WatchSummary {
  station: string;
  entries: number;
  lampOutages: Array<{ at: string; minutes: number }>;
  fogSignalHours: number;
  keepers: string[];
  firstEntry: string | null;
  lastEntry: string | null;
}

// Log format (tab separated): ISO time, keeper initials, event code, free text.
// Event codes: LIT, OUT, FOG-ON, FOG-OFF, OBS (observation), VIS (visitor).
function parseLine(line: string): { at: string; keeper: string; code: string; text: string } | null {
  const parts = line.split('\t');
  if (parts.length < 3 || !/^\d{4}-\d{2}-\d{2}T/.test(parts[0])) return null;
  return { at: parts[0], keeper: parts[1], code: parts[2], text: parts.slice(3).join('\t') };
}

export async function summariseLog(station: string, file: string): Promise<WatchSummary> {
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });

  let entries = 0;
  let firstEntry: string | null = null;
  let lastEntry: string | null = null;
  let lampOutAt: string | null = null;
  let fogOnAt: string | null = null;
  let fogMs = 0;
  const keepers = new Set<string>();
  const lampOutages: WatchSummary['lampOutages'] = [];

  rl.on('line', (raw) => {
    const entry = parseLine(raw);
    if (!entry) return;
    entries++;
    firstEntry ??= entry.at;
    lastEntry = entry.at;
    keepers.add(entry.keeper);

    switch (entry.code) {
      case 'OUT':
        lampOutAt ??= entry.at;
        break;
      case 'LIT':
        if (lampOutAt) {
          lampOutages.push({ at: lampOutAt, minutes: Math.round((Date.parse(entry.at) - Date.parse(lampOutAt)) / 60_000) });
          lampOutAt = null;
        }
        break;
      case 'FOG-ON':
        fogOnAt ??= entry.at;
        break;
      case 'FOG-OFF':
        if (fogOnAt) {
          fogMs += Date.parse(entry.at) - Date.parse(fogOnAt);
          fogOnAt = null;
        }
        break;
    }
  });

  await once(rl, 'close');

  return {
    station,
    entries,
    lampOutages,
    fogSignalHours: Math.round((fogMs / 3_600_000) * 10) / 10,
    keepers: [...keepers].sort(),
    firstEntry,
    lastEntry,
  };
}

export function longestOutage(summary: WatchSummary): number {
  return summary.lampOutages.reduce((max, o) => Math.max(max, o.minutes), 0);
}
