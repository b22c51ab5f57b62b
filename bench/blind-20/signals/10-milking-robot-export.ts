// expect: no-swallowed-abort
// Bug: the catch block turns every failure, including the caller's abort, into a plain YieldExportError, so cancelled exports are reported as failed ones.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface MilkingSession {
  cowId: string;
  robotId: string;
  startedAt: string;
  yieldKg: number;
  conductivity: number;
  quarters: [number, number, number, number];
}

declare const herdApi: {
  listSessions(
    herdId: string,
    query: { since: string; cursor?: string; signal?: AbortSignal },
  ): Promise<{ sessions: MilkingSession[]; nextCursor?: string }>;
};

export class YieldExportError extends Error {
  constructor(
    readonly herdId: string,
    detail: string,
  ) {
    super(`yield export for herd ${herdId} failed: ${detail}`);
    this.name = 'YieldExportError';
  }
}

async function* sessionPages(herdId: string, since: string, signal: AbortSignal): AsyncGenerator<MilkingSession> {
  let cursor: string | undefined;
  do {
    const page = await herdApi.listSessions(herdId, { since, cursor, signal });
    yield* page.sessions;
    cursor = page.nextCursor;
  } while (cursor);
}

function toCsvRows(): Transform {
  let wroteHeader = false;
  return new Transform({
    objectMode: true,
    transform(session: MilkingSession, _enc, callback) {
      const header = wroteHeader ? '' : 'cow_id,robot_id,started_at,yield_kg,conductivity,lf,rf,lr,rr\n';
      wroteHeader = true;
      const q = session.quarters.map((v) => v.toFixed(2)).join(',');
      callback(
        null,
        `${header}${session.cowId},${session.robotId},${session.startedAt},${session.yieldKg.toFixed(2)},${session.conductivity.toFixed(1)},${q}\n`,
      );
    },
  });
}

export async function exportHerdYield(herdId: string, since: Date, outPath: string, options: { signal: AbortSignal }): Promise<string> {
  const tmpPath = `${outPath}.tmp`;
  try {
    await pipeline(
      Readable.from(sessionPages(herdId, since.toISOString(), options.signal)),
      toCsvRows(),
      createWriteStream(tmpPath, { encoding: 'utf8' }),
      { signal: options.signal },
    );
    await rename(tmpPath, outPath);
    return outPath;
  } catch (err) {
    await rm(tmpPath, { force: true });
    throw new YieldExportError(herdId, err instanceof Error ? err.message : String(err));
  }
}
