// expect: none
// Correct: each job's deferred is deleted from the pending map before it is settled, so duplicate replies are ignored, and worker 'error'/'exit' reject whatever is still pending.
import { Worker } from 'node:worker_threads';

export interface FermentationSample {
  boxId: string;
  hour: number;
  pulpTempC: number;
  ph: number;
}

export interface TurnAdvice {
  boxId: string;
  turnNow: boolean;
  reason: string;
}

type Reply =
  | { id: number; ok: true; advice: TurnAdvice[] }
  | { id: number; ok: false; message: string };

export class FermentationModel {
  private readonly worker: Worker;
  private readonly pending = new Map<number, PromiseWithResolvers<TurnAdvice[]>>();
  private nextId = 1;
  private dead: Error | null = null;

  constructor(scriptPath: string) {
    this.worker = new Worker(scriptPath);
    this.worker.on('message', (reply: Reply) => this.onReply(reply));
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => {
      this.failAll(new Error(`fermentation model worker exited with code ${code}`));
    });
  }

  private onReply(reply: Reply) {
    const deferred = this.pending.get(reply.id);
    if (!deferred) return;
    this.pending.delete(reply.id);
    if (reply.ok) deferred.resolve(reply.advice);
    else deferred.reject(new Error(reply.message));
  }

  private failAll(err: Error) {
    this.dead ??= err;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const d of waiting) d.reject(err);
  }

  advise(samples: FermentationSample[]): Promise<TurnAdvice[]> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    const deferred = Promise.withResolvers<TurnAdvice[]>();
    this.pending.set(id, deferred);
    this.worker.postMessage({ id, samples });
    return deferred.promise;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

export async function morningRound(model: FermentationModel, samples: FermentationSample[]) {
  const byBox = new Map<string, FermentationSample[]>();
  for (const s of samples) {
    const list = byBox.get(s.boxId) ?? [];
    list.push(s);
    byBox.set(s.boxId, list);
  }
  const advice = await model.advise(samples);
  return advice
    .filter((a) => a.turnNow)
    .map((a) => ({ ...a, samples: byBox.get(a.boxId)?.length ?? 0 }));
}
