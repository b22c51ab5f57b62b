// expect: none
// 'line' fires many times but only collects; the promise settles once on 'close', or once on a read error guarded by the `failed` flag.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface BeeSession {
  date: string;
  startsAt: string;
  hostId: string;
  pattern: string;
  seats: number;
}

export interface ParsedSchedule {
  sessions: BeeSession[];
  skipped: Array<{ line: number; reason: string }>;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^\d{2}:\d{2}$/;

function parseLine(raw: string): BeeSession | string {
  const cols = raw.split(';').map((c) => c.trim());
  if (cols.length < 5) return `expected 5 columns, got ${cols.length}`;
  const [date, startsAt, hostId, pattern, seatsRaw] = cols;
  if (!DATE_RE.test(date)) return `bad date "${date}"`;
  if (!TIME_RE.test(startsAt)) return `bad start time "${startsAt}"`;
  const seats = Number.parseInt(seatsRaw, 10);
  if (!Number.isInteger(seats) || seats <= 0) return `bad seat count "${seatsRaw}"`;
  return { date, startsAt, hostId, pattern, seats };
}

export function readSchedule(file: string): Promise<ParsedSchedule> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(file, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const sessions: BeeSession[] = [];
    const skipped: ParsedSchedule['skipped'] = [];
    let lineNo = 0;
    let failed = false;

    rl.on('line', (raw) => {
      lineNo++;
      if (lineNo === 1 || raw.trim() === '' || raw.startsWith('#')) return;
      const parsed = parseLine(raw);
      if (typeof parsed === 'string') {
        skipped.push({ line: lineNo, reason: parsed });
      } else {
        sessions.push(parsed);
      }
    });

    // readline re-emits input stream errors on the interface itself.
    rl.once('error', (err) => {
      failed = true;
      reject(err);
      rl.close();
    });

    rl.once('close', () => {
      if (failed) return;
      resolve({ sessions, skipped });
    });
  });
}

export function conflicts(sessions: BeeSession[]): Array<[BeeSession, BeeSession]> {
  const byHostDay = new Map<string, BeeSession[]>();
  for (const s of sessions) {
    const key = `${s.hostId}|${s.date}`;
    const list = byHostDay.get(key) ?? [];
    list.push(s);
    byHostDay.set(key, list);
  }
  const out: Array<[BeeSession, BeeSession]> = [];
  for (const list of byHostDay.values()) {
    list.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    for (let i = 1; i < list.length; i++) {
      if (list[i].startsAt === list[i - 1].startsAt) out.push([list[i - 1], list[i]]);
    }
  }
  return out;
}

export async function loadSeasonSchedule(files: string[]): Promise<ParsedSchedule> {
  const merged: ParsedSchedule = { sessions: [], skipped: [] };
  for (const file of files) {
    const part = await readSchedule(file);
    merged.sessions.push(...part.sessions);
    merged.skipped.push(...part.skipped);
  }
  return merged;
}
