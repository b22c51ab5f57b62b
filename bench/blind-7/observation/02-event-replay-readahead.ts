// expect: none
// The read-ahead batch is converted to a never-rejecting outcome at creation, so a failure while the consumer holds a yielded batch is recorded, then rethrown on the next pull.
interface StoredEvent {
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  recordedAt: string;
}

interface Batch {
  events: StoredEvent[];
  nextSeq: number;
  atHead: boolean;
}

declare const eventStore: {
  readBatch(stream: string, opts: { fromSeq: number; max: number; signal?: AbortSignal }): Promise<Batch>;
};

type BatchOutcome = { ok: true; batch: Batch } | { ok: false; error: unknown };

function readAhead(stream: string, fromSeq: number, signal?: AbortSignal): Promise<BatchOutcome> {
  return eventStore.readBatch(stream, { fromSeq, max: 500, signal }).then(
    (batch): BatchOutcome => ({ ok: true, batch }),
    (error: unknown): BatchOutcome => ({ ok: false, error }),
  );
}

export async function* replay(stream: string, fromSeq: number, signal?: AbortSignal): AsyncGenerator<StoredEvent[]> {
  let ahead = readAhead(stream, fromSeq, signal);
  while (true) {
    const outcome = await ahead;
    if (!outcome.ok) {
      throw new Error(`replay of ${stream} failed`, { cause: outcome.error });
    }
    const { batch } = outcome;
    if (batch.events.length === 0) return;
    if (!batch.atHead) {
      ahead = readAhead(stream, batch.nextSeq, signal);
    }
    yield batch.events;
    if (batch.atHead) return;
  }
}

export async function rebuildProjection(
  stream: string,
  apply: (event: StoredEvent) => Promise<void>,
  signal?: AbortSignal,
): Promise<number> {
  let applied = 0;
  for await (const events of replay(stream, 0, signal)) {
    for (const event of events) {
      await apply(event);
      applied++;
    }
    if (applied % 5000 < events.length) {
      console.info(`[projection:${stream}] applied ${applied} events`);
    }
  }
  return applied;
}
