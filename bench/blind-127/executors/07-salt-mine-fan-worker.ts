// expect: none
// Each deferred is removed from the pending map before it is settled and worker error/exit drain and reject whatever is still pending, so no request can settle twice or be left hanging.
import { Worker } from 'node:worker_threads';

interface FanCommand {
  id: number;
  shaft: string;
  rpm: number;
}

interface FanAck {
  id: number;
  ok: boolean;
  measuredRpm?: number;
  reason?: string;
}

export interface FanState {
  shaft: string;
  rpm: number;
  confirmedAt: Date;
}

interface PendingCommand {
  shaft: string;
  deferred: PromiseWithResolvers<FanState>;
}

export class FanWorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, PendingCommand>();
  private nextId = 1;
  private failure: Error | undefined;

  constructor(scriptPath: string) {
    this.worker = new Worker(scriptPath);
    this.worker.on('message', (ack: FanAck) => this.onAck(ack));
    this.worker.on('error', (err: Error) => this.failAll(err));
    this.worker.on('exit', (code: number) => this.failAll(new Error(`fan worker exited with code ${code}`)));
  }

  setRpm(shaft: string, rpm: number): Promise<FanState> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const deferred = Promise.withResolvers<FanState>();
    this.pending.set(id, { shaft, deferred });
    const command: FanCommand = { id, shaft, rpm };
    try {
      this.worker.postMessage(command);
    } catch (err) {
      this.pending.delete(id);
      deferred.reject(err);
    }
    return deferred.promise;
  }

  get inFlight(): number {
    return this.pending.size;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private onAck(ack: FanAck): void {
    const entry = this.pending.get(ack.id);
    if (!entry) return;
    this.pending.delete(ack.id);
    if (ack.ok) {
      entry.deferred.resolve({ shaft: entry.shaft, rpm: ack.measuredRpm ?? 0, confirmedAt: new Date() });
    } else {
      entry.deferred.reject(new Error(`fan on ${entry.shaft} refused command: ${ack.reason ?? 'unknown'}`));
    }
  }

  private failAll(err: Error): void {
    this.failure ??= err;
    const stranded = [...this.pending.values()];
    this.pending.clear();
    for (const entry of stranded) {
      entry.deferred.reject(err);
    }
  }
}

export async function purgeShafts(client: FanWorkerClient, shafts: string[], rpm: number): Promise<FanState[]> {
  return Promise.all(shafts.map((shaft) => client.setRpm(shaft, rpm)));
}
