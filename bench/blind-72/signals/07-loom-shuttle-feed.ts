// expect: require-signal-propagation
// replayShuttleFeed accepts options.signal but never looks at it or passes it on (not even to createReadStream), so cancelling a replay has no effect.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface ShuttleEvent {
  loomId: string;
  pick: number;
  shuttle: 'A' | 'B' | 'C' | 'D';
  weftColour: string;
  at: number;
}

export interface FeedOptions {
  batchSize?: number;
  fromPick?: number;
  onProgress?: (picksApplied: number) => void;
  signal?: AbortSignal;
}

export interface ReplaySummary {
  picksApplied: number;
  malformedLines: number;
  batches: number;
  looms: string[];
}

declare const loomController: {
  applyBatch(loomId: string, events: readonly ShuttleEvent[]): Promise<void>;
};

function parseLine(line: string): ShuttleEvent | undefined {
  // loomId,pick,shuttle,weftColour,epochMs
  const [loomId, pick, shuttle, weftColour, at] = line.split(',');
  if (!loomId || !/^[ABCD]$/.test(shuttle ?? '')) return undefined;
  const pickNo = Number(pick);
  const atMs = Number(at);
  if (!Number.isInteger(pickNo) || !Number.isFinite(atMs)) return undefined;
  return { loomId, pick: pickNo, shuttle: shuttle as ShuttleEvent['shuttle'], weftColour, at: atMs };
}

export async function replayShuttleFeed(path: string, options: FeedOptions = {}): Promise<ReplaySummary> {
  const batchSize = options.batchSize ?? 200;
  const fromPick = options.fromPick ?? 0;
  const summary: ReplaySummary = { picksApplied: 0, malformedLines: 0, batches: 0, looms: [] };
  const pending = new Map<string, ShuttleEvent[]>();

  const flush = async (loomId: string) => {
    const events = pending.get(loomId);
    if (!events?.length) return;
    pending.set(loomId, []);
    await loomController.applyBatch(loomId, events);
    summary.batches++;
    summary.picksApplied += events.length;
    options.onProgress?.(summary.picksApplied);
  };

  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line || line.startsWith('#')) continue;
    const event = parseLine(line);
    if (!event) {
      summary.malformedLines++;
      continue;
    }
    if (event.pick < fromPick) continue;

    let queue = pending.get(event.loomId);
    if (!queue) {
      queue = [];
      pending.set(event.loomId, queue);
      summary.looms.push(event.loomId);
    }
    queue.push(event);
    if (queue.length >= batchSize) {
      await flush(event.loomId);
    }
  }

  for (const loomId of pending.keys()) {
    await flush(loomId);
  }
  summary.looms.sort();
  return summary;
}
