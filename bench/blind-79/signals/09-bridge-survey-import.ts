// expect: none
// Correct: the import passes its signal to the read stream and the database, and its catch rethrows aborts untouched while only malformed rows are tolerated.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

interface PlankSurvey {
  bridgeId: string;
  plank: number;
  condition: 'sound' | 'weathered' | 'split' | 'rotten' | 'missing';
  lashingOk: boolean;
  inspector: string;
}

declare const surveyDb: {
  upsert(rows: PlankSurvey[], opts: { signal?: AbortSignal }): Promise<void>;
};

const CONDITIONS = new Set<PlankSurvey['condition']>(['sound', 'weathered', 'split', 'rotten', 'missing']);

class MalformedRowError extends Error {
  constructor(readonly lineNo: number, reason: string) {
    super(`line ${lineNo}: ${reason}`);
    this.name = 'MalformedRowError';
  }
}

function parseRow(line: string, lineNo: number): PlankSurvey {
  const [bridgeId, plank, condition, lashing, inspector] = line.split(';').map((s) => s.trim());
  if (!bridgeId || !inspector) throw new MalformedRowError(lineNo, 'missing bridge or inspector');
  if (!CONDITIONS.has(condition as PlankSurvey['condition'])) {
    throw new MalformedRowError(lineNo, `unknown condition "${condition}"`);
  }
  return {
    bridgeId,
    plank: Number.parseInt(plank, 10),
    condition: condition as PlankSurvey['condition'],
    lashingOk: lashing === 'ok',
    inspector,
  };
}

export async function importSurvey(
  path: string,
  signal: AbortSignal,
  batchSize = 250,
): Promise<{ imported: number; skipped: string[] }> {
  const rl = createInterface({ input: createReadStream(path, { signal }), crlfDelay: Infinity, signal });
  const skipped: string[] = [];
  let batch: PlankSurvey[] = [];
  let imported = 0;
  let lineNo = 0;

  try {
    for await (const line of rl) {
      lineNo += 1;
      if (lineNo === 1 || line.trim() === '') continue;
      try {
        batch.push(parseRow(line, lineNo));
      } catch (err) {
        if (!(err instanceof MalformedRowError)) throw err;
        skipped.push(err.message);
        continue;
      }
      if (batch.length >= batchSize) {
        await surveyDb.upsert(batch, { signal });
        imported += batch.length;
        batch = [];
      }
    }
    if (batch.length > 0) {
      await surveyDb.upsert(batch, { signal });
      imported += batch.length;
    }
  } catch (err) {
    if (signal.aborted) throw signal.reason ?? err;
    throw new Error(`survey import failed after ${imported} planks`, { cause: err });
  } finally {
    rl.close();
  }

  return { imported, skipped };
}

export function closeBridge(rows: readonly PlankSurvey[]): boolean {
  const bad = rows.filter((r) => r.condition === 'rotten' || r.condition === 'missing' || !r.lashingOk);
  return bad.length > 0 && bad.some((r, i) => bad[i + 1]?.plank === r.plank + 1);
}
