// expect: no-unobserved-promise
// Uploads pushed into `pending` sit unobserved while later lines are read, and are abandoned entirely if a malformed line throws before Promise.all.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface WatchEntry {
  station: string;
  watchStart: string;
  keeper: string;
  lampLit: boolean;
  fogSignalMinutes: number;
  barometerHpa: number;
  remarks: string;
}

declare const heritageArchive: {
  putEntry(station: string, entry: WatchEntry): Promise<{ revision: number }>;
};

export class MalformedEntryError extends Error {
  constructor(readonly lineNo: number, detail: string) {
    super(`log line ${lineNo}: ${detail}`);
  }
}

const FIELDS = 7;

function parseLine(line: string, lineNo: number): WatchEntry {
  const parts = line.split('|').map((p) => p.trim());
  if (parts.length !== FIELDS) {
    throw new MalformedEntryError(lineNo, `expected ${FIELDS} fields, found ${parts.length}`);
  }
  const [station, watchStart, keeper, lamp, fog, baro, remarks] = parts;
  const barometerHpa = Number(baro);
  if (!Number.isFinite(barometerHpa) || barometerHpa < 900 || barometerHpa > 1080) {
    throw new MalformedEntryError(lineNo, `implausible barometer reading "${baro}"`);
  }
  return {
    station,
    watchStart,
    keeper,
    lampLit: lamp === 'Y',
    fogSignalMinutes: Number(fog) || 0,
    barometerHpa,
    remarks,
  };
}

export async function syncTranscribedLog(file: string, batchSize = 25): Promise<number> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let lineNo = 0;
  let synced = 0;
  let pending: Array<Promise<{ revision: number }>> = [];

  try {
    for await (const raw of lines) {
      lineNo += 1;
      if (raw.startsWith('#') || raw.trim() === '') continue;
      const entry = parseLine(raw, lineNo);
      pending.push(heritageArchive.putEntry(entry.station, entry));
      if (pending.length >= batchSize) {
        synced += (await Promise.all(pending)).length;
        pending = [];
      }
    }
    synced += (await Promise.all(pending)).length;
  } finally {
    lines.close();
  }
  return synced;
}
