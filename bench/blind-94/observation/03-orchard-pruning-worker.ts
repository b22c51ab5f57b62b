// expect: no-floating-promises
// batch.forEach(async ...) drops every job's promise, so the batch is acked before the pruning work finishes and failures go nowhere.
interface PruneJob {
  id: string;
  rowId: string;
  treeIds: string[];
  method: 'thinning' | 'heading' | 'renewal';
}

interface QueueMessage<T> {
  receipt: string;
  body: T;
}

declare const queue: {
  receive<T>(name: string, max: number): Promise<QueueMessage<T>[]>;
  ack(name: string, receipts: string[]): Promise<void>;
};
declare const crews: { assign(rowId: string, method: PruneJob['method']): Promise<string> };
declare const trees: { markPruned(treeIds: string[], crewId: string, at: Date): Promise<void> };

const QUEUE = 'orchard-prune-jobs';
let stopping = false;

async function handleJob(job: PruneJob): Promise<void> {
  const crewId = await crews.assign(job.rowId, job.method);
  await trees.markPruned(job.treeIds, crewId, new Date());
  console.info(`row ${job.rowId}: ${job.treeIds.length} trees scheduled for ${job.method} by ${crewId}`);
}

export async function pollOnce(): Promise<number> {
  const batch = await queue.receive<PruneJob>(QUEUE, 10);
  if (batch.length === 0) return 0;

  batch.forEach(async (message) => {
    try {
      await handleJob(message.body);
    } catch (err) {
      console.error(`prune job ${message.body.id} failed`, err);
      throw err;
    }
  });

  await queue.ack(QUEUE, batch.map((m) => m.receipt));
  return batch.length;
}

export async function runWorker(): Promise<void> {
  process.once('SIGTERM', () => {
    stopping = true;
  });
  while (!stopping) {
    const handled = await pollOnce();
    if (handled === 0) {
      await new Promise((r) => setTimeout(r, 2_000));
    }
  }
}
