// expect: no-multiple-settle
// terminate() clears the map of stored resolve/reject pairs without rejecting them, so every call still in flight when the worker is terminated never settles.
interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

export class WorkerRpc {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly worker: Worker;

  constructor(scriptUrl: string) {
    this.worker = new Worker(scriptUrl, { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.value);
      else p.reject(new Error(reply.error));
    };
  }

  call(method: string, ...params: unknown[]): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, method, params });
    });
  }

  terminate(): void {
    this.worker.terminate();
    this.pending.clear();
  }
}
