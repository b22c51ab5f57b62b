// expect: no-unobserved-promise
// appendEntry starts the previous-entry lookup before validating; on the early "rejected" returns that promise is abandoned with no handler, so a failed lookup becomes an unhandled rejection.
import { createHash } from 'node:crypto';

export interface KeeperLogEntry {
  station: string;
  keeperId: string;
  watch: 'first' | 'middle' | 'morning' | 'forenoon' | 'afternoon' | 'dog';
  lampLit: boolean;
  visibilityNm: number;
  weather: string;
  remarks: string;
  writtenAt: string;
}

export interface ArchivedEntry extends KeeperLogEntry {
  seq: number;
  prevHash: string;
  hash: string;
}

export type AppendOutcome = { ok: true; entry: ArchivedEntry } | { ok: false; reason: string };

declare const archive: {
  lastEntry(station: string): Promise<ArchivedEntry | null>;
  insert(entry: ArchivedEntry): Promise<void>;
};
declare const rota: { isOnWatch(station: string, keeperId: string, watch: KeeperLogEntry['watch']): boolean };

const GENESIS_HASH = '0'.repeat(64);

function hashEntry(entry: Omit<ArchivedEntry, 'hash'>): string {
  const h = createHash('sha256');
  h.update(entry.prevHash);
  h.update(JSON.stringify([entry.seq, entry.station, entry.keeperId, entry.watch, entry.lampLit, entry.visibilityNm, entry.weather, entry.remarks, entry.writtenAt]));
  return h.digest('hex');
}

export async function appendEntry(entry: KeeperLogEntry): Promise<AppendOutcome> {
  const previous = archive.lastEntry(entry.station);

  if (!rota.isOnWatch(entry.station, entry.keeperId, entry.watch)) {
    return { ok: false, reason: `${entry.keeperId} is not on the ${entry.watch} watch` };
  }
  if (!entry.lampLit && entry.visibilityNm < 5) {
    // Board of Trade rule: an unlit lamp in poor visibility must be explained in the remarks.
    if (entry.remarks.trim().length < 20) {
      return { ok: false, reason: 'unlit lamp in poor visibility needs an explanation' };
    }
  }

  const last = await previous;
  if (last && last.writtenAt > entry.writtenAt) {
    return { ok: false, reason: `entry predates the last archived entry (${last.writtenAt})` };
  }

  const unsigned = {
    ...entry,
    seq: (last?.seq ?? 0) + 1,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const archived: ArchivedEntry = { ...unsigned, hash: hashEntry(unsigned) };
  await archive.insert(archived);
  return { ok: true, entry: archived };
}

export function verifyChain(entries: ArchivedEntry[]): number | null {
  let prevHash = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const { hash, ...rest } = entry;
    if (entry.prevHash !== prevHash || hashEntry(rest) !== hash) return index;
    prevHash = hash;
  }
  return null;
}
