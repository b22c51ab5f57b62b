// expect: no-swallowed-abort
// When the signal aborts the read, the AbortError is caught and the partial tally is returned as if the log were complete, so clubTotal reports a truncated club score instead of failing as cancelled.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Tally {
  callsign: string;
  qsos: number;
  dupes: number;
  multipliers: Set<string>;
  bands: Record<string, number>;
}

function parseQso(line: string): { band: string; call: string; exchange: string } | null {
  if (!line.startsWith('QSO:')) return null;
  const parts = line.trim().split(/\s+/);
  if (parts.length < 10) return null;
  const freqKhz = Number(parts[1]);
  const band = freqKhz < 4000 ? '80m' : freqKhz < 8000 ? '40m' : freqKhz < 15000 ? '20m' : freqKhz < 22000 ? '15m' : '10m';
  return { band, call: parts[8]!, exchange: parts[9]! };
}

export async function tallyLog(path: string, callsign: string, signal: AbortSignal): Promise<Tally> {
  const tally: Tally = { callsign, qsos: 0, dupes: 0, multipliers: new Set(), bands: {} };
  const seen = new Set<string>();
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', signal }), crlfDelay: Infinity });

  try {
    for await (const line of lines) {
      const qso = parseQso(line);
      if (!qso) continue;
      const key = `${qso.band}/${qso.call}`;
      if (seen.has(key)) {
        tally.dupes++;
        continue;
      }
      seen.add(key);
      tally.qsos++;
      tally.bands[qso.band] = (tally.bands[qso.band] ?? 0) + 1;
      tally.multipliers.add(`${qso.band}/${qso.exchange}`);
    }
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      lines.close();
      return tally;
    }
    throw err;
  }
  return tally;
}

export function score(tally: Tally): number {
  return tally.qsos * 2 * tally.multipliers.size;
}

export async function clubTotal(
  logs: ReadonlyArray<{ path: string; callsign: string }>,
  signal: AbortSignal,
): Promise<{ total: number; perStation: Record<string, number> }> {
  const perStation: Record<string, number> = {};
  let total = 0;
  for (const log of logs) {
    const tally = await tallyLog(log.path, log.callsign, signal);
    perStation[log.callsign] = score(tally);
    total += perStation[log.callsign]!;
  }
  return { total, perStation };
}
