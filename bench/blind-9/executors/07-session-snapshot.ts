// expect: none
// Each zlib callback settles exactly once: the parse/validate step that can throw runs inside try/catch and rejects, and JSON.stringify throwing synchronously inside the executor is turned into a rejection by the Promise constructor.
import { constants, gunzip, gzip } from 'node:zlib';
import { readFile, rename, writeFile } from 'node:fs/promises';

export interface SessionRecord {
  id: string;
  userId: string;
  expiresAt: number;
}

export interface SessionSnapshot {
  version: 3;
  savedAt: string;
  sessions: SessionRecord[];
}

function decodeSnapshot(compressed: Buffer): Promise<SessionSnapshot> {
  return new Promise((resolve, reject) => {
    gunzip(compressed, (err, raw) => {
      if (err) {
        reject(new Error(`snapshot is not valid gzip: ${err.message}`));
        return;
      }
      try {
        const parsed = JSON.parse(raw.toString('utf8')) as Partial<SessionSnapshot>;
        if (parsed.version !== 3 || !Array.isArray(parsed.sessions)) {
          throw new Error(`unsupported snapshot version ${String(parsed.version)}`);
        }
        resolve(parsed as SessionSnapshot);
      } catch (parseErr) {
        reject(parseErr);
      }
    });
  });
}

function encodeSnapshot(snapshot: SessionSnapshot): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    gzip(JSON.stringify(snapshot), { level: constants.Z_BEST_SPEED }, (err, out) => {
      if (err) reject(err);
      else resolve(out);
    });
  });
}

export async function loadSessions(file: string, now = Date.now()): Promise<SessionRecord[]> {
  let compressed: Buffer;
  try {
    compressed = await readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const snapshot = await decodeSnapshot(compressed);
  const live = snapshot.sessions.filter((s) => s.expiresAt > now);
  console.info(`restored ${live.length}/${snapshot.sessions.length} sessions from ${snapshot.savedAt}`);
  return live;
}

export async function saveSessions(file: string, sessions: Iterable<SessionRecord>): Promise<void> {
  const snapshot: SessionSnapshot = { version: 3, savedAt: new Date().toISOString(), sessions: [...sessions] };
  const body = await encodeSnapshot(snapshot);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, body, { mode: 0o600 });
  await rename(tmp, file);
}
