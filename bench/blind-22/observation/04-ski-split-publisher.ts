// expect: no-unchecked-settled-results
// allSettled results are filtered to fulfilled values only; failed feed pushes are silently dropped and the publish is reported as done.
export interface SplitTime {
  bib: number;
  checkpoint: 'km5' | 'km10' | 'km15' | 'finish';
  elapsedMs: number;
}

export interface FeedTarget {
  name: string;
  url: string;
  token: string;
}

export interface FeedAck {
  target: string;
  accepted: number;
  sequence: number;
}

export interface PublishReport {
  raceId: string;
  splits: number;
  acks: FeedAck[];
}

function formatElapsed(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const seconds = ((ms % 60_000) / 1000).toFixed(1).padStart(4, '0');
  return `${minutes}:${seconds}`;
}

async function pushToFeed(target: FeedTarget, raceId: string, splits: SplitTime[]): Promise<FeedAck> {
  const res = await fetch(`${target.url}/races/${encodeURIComponent(raceId)}/splits`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${target.token}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(splits.map((s) => ({ bib: s.bib, cp: s.checkpoint, time: formatElapsed(s.elapsedMs) }))),
    signal: AbortSignal.timeout(5_000),
  });
  if (!res.ok) {
    throw new Error(`${target.name} answered ${res.status}`);
  }
  const body = (await res.json()) as { accepted: number; seq: number };
  return { target: target.name, accepted: body.accepted, sequence: body.seq };
}

export class SplitPublisher {
  private readonly queue: SplitTime[] = [];

  constructor(
    private readonly raceId: string,
    private readonly targets: FeedTarget[],
  ) {}

  enqueue(split: SplitTime): void {
    this.queue.push(split);
  }

  async flush(): Promise<PublishReport> {
    const batch = this.queue.splice(0, this.queue.length);
    if (batch.length === 0) {
      return { raceId: this.raceId, splits: 0, acks: [] };
    }

    // The stadium board, the federation feed and the broadcaster are independent.
    const results = await Promise.allSettled(this.targets.map((t) => pushToFeed(t, this.raceId, batch)));

    const acks = results.filter((r): r is PromiseFulfilledResult<FeedAck> => r.status === 'fulfilled').map((r) => r.value);

    return { raceId: this.raceId, splits: batch.length, acks };
  }
}
