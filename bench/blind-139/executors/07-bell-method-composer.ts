// expect: no-multiple-settle
// The worker promise settles only on 'message' or 'error', so a worker that exits (process.exit in the script, terminate(), or an out-of-memory exit) without posting leaves it pending forever.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

export type Stage = 'minimus' | 'doubles' | 'minor' | 'triples' | 'major';

export interface CompositionRequest {
  method: string;
  stage: Stage;
  leadEnd: string;
  maxChanges: number;
}

export interface Composition {
  method: string;
  changes: number;
  rows: string[];
  trueTouch: boolean;
}

const BELLS_BY_STAGE: Record<Stage, number> = {
  minimus: 4,
  doubles: 5,
  minor: 6,
  triples: 7,
  major: 8,
};

const workerScript = fileURLToPath(new URL('./composer-worker.js', import.meta.url));

function isComposition(value: unknown): value is Composition {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as Composition).rows) &&
    typeof (value as Composition).changes === 'number'
  );
}

export function composeTouch(request: CompositionRequest): Promise<Composition> {
  const bells = BELLS_BY_STAGE[request.stage];
  return new Promise<Composition>((resolve, reject) => {
    const worker = new Worker(workerScript, {
      workerData: { ...request, bells },
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });

    worker.once('message', (msg: unknown) => {
      if (isComposition(msg)) {
        resolve(msg);
      } else {
        reject(new Error(`composer returned an unexpected payload for ${request.method}`));
      }
      void worker.terminate();
    });
    worker.once('error', (err) => {
      reject(err);
    });
  });
}

export class PealPlanner {
  private readonly cache = new Map<string, Composition>();

  async plan(requests: readonly CompositionRequest[]): Promise<Composition[]> {
    const out: Composition[] = [];
    for (const req of requests) {
      const key = `${req.method}/${req.stage}/${req.leadEnd}/${req.maxChanges}`;
      let comp = this.cache.get(key);
      if (!comp) {
        comp = await composeTouch(req);
        this.cache.set(key, comp);
      }
      out.push(comp);
    }
    return out;
  }

  totalChanges(comps: readonly Composition[]): number {
    return comps.reduce((sum, c) => sum + c.changes, 0);
  }
}
