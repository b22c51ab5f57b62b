// expect: none
// rowsWoven/checksum/rows are written in worker 'message' callbacks and read only after await once(worker, 'exit') or inside the 'exit' handler, after those messages were delivered.
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';
import { join } from 'node:path';

export interface WeavePattern {
  patternId: string;
  style: 'mayan' | 'nicaraguan' | 'colombian';
  widthStrings: number;
  rows: number;
  palette: string[];
}

type WorkerMessage =
  | { kind: 'row'; index: number; checksum: number }
  | { kind: 'warning'; text: string };

export interface RenderOutcome {
  patternId: string;
  rowsWoven: number;
  checksum: number;
  warnings: string[];
}

declare const patternStore: {
  get(patternId: string): Promise<WeavePattern>;
  saveRender(outcome: RenderOutcome): Promise<void>;
};

const WORKER_FILE = join(__dirname, 'loom-render-worker.js');

export async function renderPattern(patternId: string): Promise<RenderOutcome> {
  const pattern = await patternStore.get(patternId);
  const worker = new Worker(WORKER_FILE, { workerData: pattern });

  let rowsWoven = 0;
  let checksum = 0;
  const warnings: string[] = [];

  worker.on('message', (msg: WorkerMessage) => {
    if (msg.kind === 'row') {
      rowsWoven = Math.max(rowsWoven, msg.index + 1);
      checksum = (checksum * 31 + msg.checksum) >>> 0;
    } else {
      warnings.push(msg.text);
    }
  });

  const [exitCode] = (await once(worker, 'exit')) as [number];

  if (exitCode !== 0) throw new Error(`loom renderer exited with code ${exitCode}`);
  if (rowsWoven < pattern.rows) {
    throw new Error(`pattern ${patternId} stopped at row ${rowsWoven} of ${pattern.rows}`);
  }

  const outcome: RenderOutcome = { patternId, rowsWoven, checksum, warnings };
  await patternStore.saveRender(outcome);
  return outcome;
}

export function watchRender(
  pattern: WeavePattern,
  onDone: (summary: { rows: number; warnings: number; code: number }) => void,
): Worker {
  const worker = new Worker(WORKER_FILE, { workerData: pattern });
  let rows = 0;
  let warningCount = 0;

  worker.on('message', (msg: WorkerMessage) => {
    if (msg.kind === 'row') rows += 1;
    else warningCount += 1;
  });
  worker.on('error', () => {
    warningCount += 1;
  });
  worker.on('exit', (code) => {
    onDone({ rows, warnings: warningCount, code });
  });
  return worker;
}
