// expect: no-unobserved-promise
// The previous-year archive fetch is started early, but the early return for an empty log never awaits it, so its rejection goes unhandled.
import { readFile } from 'node:fs/promises';

export interface Qso {
  freqKhz: number;
  mode: 'CW' | 'PH' | 'RY';
  time: string;
  sentCall: string;
  rcvdCall: string;
  rcvdExchange: string;
}

export interface LogCheckReport {
  callsign: string;
  claimed: number;
  duplicates: number;
  uniques: string[];
  returningStations: number;
}

declare const contestArchive: {
  callsignsWorkedBy(callsign: string, year: number): Promise<Set<string>>;
};

function parseCabrillo(text: string): { callsign: string; qsos: Qso[] } {
  let callsign = '';
  const qsos: Qso[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('CALLSIGN:')) {
      callsign = line.slice('CALLSIGN:'.length).trim().toUpperCase();
    } else if (line.startsWith('QSO:')) {
      const f = line.slice(4).trim().split(/\s+/);
      if (f.length < 9) continue;
      qsos.push({
        freqKhz: Number(f[0]),
        mode: f[1] as Qso['mode'],
        time: `${f[2]} ${f[3]}`,
        sentCall: f[4].toUpperCase(),
        rcvdCall: f[6].toUpperCase(),
        rcvdExchange: f.slice(7).join(' '),
      });
    }
  }
  return { callsign, qsos };
}

function band(freqKhz: number): string {
  if (freqKhz < 2000) return '160m';
  if (freqKhz < 4000) return '80m';
  if (freqKhz < 7300) return '40m';
  if (freqKhz < 14350) return '20m';
  if (freqKhz < 21450) return '15m';
  return '10m';
}

export async function checkLog(path: string, contestYear: number, fallbackCall: string): Promise<LogCheckReport> {
  const text = await readFile(path, 'utf8');
  const { callsign: declared, qsos } = parseCabrillo(text);
  const callsign = declared || fallbackCall.toUpperCase();

  // The archive lookup is slow; start it while we dupe-check.
  const lastYear = contestArchive.callsignsWorkedBy(callsign, contestYear - 1);

  if (qsos.length === 0) {
    return { callsign, claimed: 0, duplicates: 0, uniques: [], returningStations: 0 };
  }

  const seen = new Set<string>();
  const counts = new Map<string, number>();
  let duplicates = 0;
  for (const q of qsos) {
    const key = `${q.rcvdCall}/${band(q.freqKhz)}/${q.mode}`;
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    counts.set(q.rcvdCall, (counts.get(q.rcvdCall) ?? 0) + 1);
  }

  const uniques = [...counts.keys()].filter((call) => counts.get(call) === 1).sort();
  const previous = await lastYear;
  const returningStations = [...counts.keys()].filter((call) => previous.has(call)).length;

  return { callsign, claimed: qsos.length, duplicates, uniques, returningStations };
}
