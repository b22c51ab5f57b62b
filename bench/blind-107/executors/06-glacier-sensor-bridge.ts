// expect: none
// Each pending sensor query is a Promise.withResolvers deferred that is deleted from the map and has its timer cleared before it is settled, and worker exit rejects every remaining one, so no query settles twice or hangs.
import { Worker } from 'node:worker_threads';

export interface MeltReading {
  stakeId: string;
  ablationMm: number;
  surfaceTempC: number;
  takenAt: number;
}

type BridgeReply =
  | { id: number; ok: true; reading: MeltReading }
  | { id: number; ok: false; message: string };

interface Pending {
  resolve: (r: MeltReading) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export class GlacierSensorBridge {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private dead: Error | null = null;

  constructor(private readonly worker: Worker, private readonly timeoutMs = 8_000) {
    worker.on('message', (msg: BridgeReply) => this.onReply(msg));
    worker.on('error', (err) => this.failAll(err));
    worker.on('exit', (code) => this.failAll(new Error(`sensor worker exited with code ${code}`)));
  }

  read(stakeId: string): Promise<MeltReading> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    const { promise, resolve, reject } = Promise.withResolvers<MeltReading>();
    const timer = setTimeout(() => {
      this.pending.delete(id);
      reject(new Error(`stake ${stakeId} did not answer within ${this.timeoutMs}ms`));
    }, this.timeoutMs);
    this.pending.set(id, { resolve, reject, timer });
    this.worker.postMessage({ id, op: 'read', stakeId });
    return promise;
  }

  private onReply(msg: BridgeReply): void {
    const entry = this.pending.get(msg.id);
    if (!entry) return; // already timed out
    this.pending.delete(msg.id);
    clearTimeout(entry.timer);
    if (msg.ok) {
      entry.resolve(msg.reading);
    } else {
      entry.reject(new Error(msg.message));
    }
  }

  private failAll(err: Error): void {
    this.dead ??= err;
    for (const [id, entry] of this.pending) {
      this.pending.delete(id);
      clearTimeout(entry.timer);
      entry.reject(err);
    }
  }

  async close(): Promise<void> {
    this.failAll(new Error('bridge closed'));
    await this.worker.terminate();
  }
}

export async function sweepStakes(bridge: GlacierSensorBridge, stakes: string[]): Promise<MeltReading[]> {
  const out: MeltReading[] = [];
  for (const stake of stakes) {
    out.push(await bridge.read(stake));
  }
  return out.sort((a, b) => b.ablationMm - a.ablationMm);
}
