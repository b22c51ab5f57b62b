// expect: none
// The async `map` over logbook entries is handed straight to Promise.all and awaited (in bounded chunks), so every upload is observed and a failed upload rejects syncLogbook.
import { readFile, writeFile } from 'node:fs/promises';

export interface LogEntry {
  id: string;
  station: string;
  watch: 'first' | 'middle' | 'morning' | 'forenoon' | 'afternoon' | 'dog';
  visibilityNm: number;
  lampOk: boolean;
  remarks: string;
}

export interface CoastguardApi {
  putEntry(entry: LogEntry): Promise<{ receipt: string }>;
}

interface SyncState {
  uploaded: Record<string, string>;
}

const STATE_FILE = '/var/lib/keeper/logbook-sync.json';
const CHUNK = 8;

async function loadState(): Promise<SyncState> {
  try {
    return JSON.parse(await readFile(STATE_FILE, 'utf8')) as SyncState;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { uploaded: {} };
    throw err;
  }
}

export async function syncLogbook(api: CoastguardApi, entries: LogEntry[]): Promise<number> {
  const state = await loadState();
  const pending = entries.filter((e) => !(e.id in state.uploaded));
  let count = 0;

  for (let i = 0; i < pending.length; i += CHUNK) {
    const chunk = pending.slice(i, i + CHUNK);
    const receipts = await Promise.all(
      chunk.map(async (entry) => {
        const normalised: LogEntry = { ...entry, remarks: entry.remarks.trim().slice(0, 500) };
        const { receipt } = await api.putEntry(normalised);
        return [entry.id, receipt] as const;
      }),
    );
    for (const [id, receipt] of receipts) state.uploaded[id] = receipt;
    count += receipts.length;
    // persist after every chunk so a crash does not re-upload the whole watch
    await writeFile(STATE_FILE, JSON.stringify(state), 'utf8');
  }

  return count;
}

export function flagDarkNights(entries: LogEntry[]): string[] {
  const dark = entries.filter((e) => !e.lampOk);
  return dark.map((e) => `${e.station} ${e.watch} watch: lamp failure (${e.remarks || 'no remarks'})`);
}
