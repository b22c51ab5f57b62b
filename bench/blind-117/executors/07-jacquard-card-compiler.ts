// expect: no-multiple-settle
// The async message handler awaits saveCard before resolving, so if saving throws the deferred is never settled and the caller hangs.
import { Worker } from 'node:worker_threads';

export interface WeaveDraft {
  draftId: string;
  warpEnds: number;
  picks: number;
  threading: number[];
  treadling: number[];
  tieUp: number[][];
}

export interface CompiledCard {
  draftId: string;
  rows: Uint8Array[];
  checksum: string;
}

export interface CardStore {
  saveCard(card: CompiledCard): Promise<{ location: string }>;
}

interface WorkerReply {
  ok: boolean;
  card?: CompiledCard;
  error?: string;
}

export class JacquardCardCompiler {
  private readonly active = new Set<Worker>();

  constructor(
    private readonly workerPath: URL,
    private readonly store: CardStore,
  ) {}

  compile(draft: WeaveDraft): Promise<{ card: CompiledCard; location: string }> {
    const { promise, resolve, reject } = Promise.withResolvers<{ card: CompiledCard; location: string }>();
    const worker = new Worker(this.workerPath, { workerData: draft });
    this.active.add(worker);

    worker.once('message', async (reply: WorkerReply) => {
      if (!this.active.delete(worker)) return;
      if (!reply.ok || !reply.card) {
        reject(new Error(`Draft ${draft.draftId} failed to compile: ${reply.error ?? 'unknown'}`));
        return;
      }
      const { location } = await this.store.saveCard(reply.card);
      resolve({ card: reply.card, location });
    });

    worker.once('error', (err) => {
      if (!this.active.delete(worker)) return;
      reject(err);
    });

    worker.once('exit', (code) => {
      if (!this.active.delete(worker)) return;
      reject(new Error(`Card compiler for ${draft.draftId} exited early with code ${code}`));
    });

    return promise;
  }

  async compileCollection(drafts: WeaveDraft[]): Promise<string[]> {
    const locations: string[] = [];
    for (const draft of drafts) {
      const { location } = await this.compile(draft);
      locations.push(location);
    }
    return locations;
  }

  async shutdown(): Promise<void> {
    const workers = [...this.active];
    await Promise.all(workers.map((w) => w.terminate()));
  }

  static validate(draft: WeaveDraft): string[] {
    const problems: string[] = [];
    if (draft.threading.length !== draft.warpEnds) problems.push('threading length does not match warp ends');
    if (draft.treadling.length !== draft.picks) problems.push('treadling length does not match picks');
    if (draft.tieUp.length === 0) problems.push('empty tie-up');
    return problems;
  }
}
