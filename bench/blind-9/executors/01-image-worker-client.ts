// expect: none
// Every pending call settles exactly once: a reply deletes its entry and clears its timer, the timeout deletes the entry before rejecting, a failed postMessage cleans up and rejects, and worker error/messageerror/terminate reject and clear all entries.
type WorkerRequest = { id: number; method: string; params: unknown };
type WorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

interface PendingCall {
  method: string;
  resolve: (value: unknown) => void;
  reject: (reason: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class ImageWorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, PendingCall>();
  private nextId = 1;

  constructor(
    scriptUrl: URL,
    private readonly callTimeoutMs = 15_000,
  ) {
    this.worker = new Worker(scriptUrl, { type: 'module', name: 'image-pipeline' });
    this.worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => this.onReply(event.data));
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.failAll(new Error(`image worker crashed: ${event.message}`));
    });
    this.worker.addEventListener('messageerror', () => {
      this.failAll(new Error('image worker sent a message that could not be deserialized'));
    });
  }

  call<T>(method: string, params: unknown, transfer: Transferable[] = []): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out after ${this.callTimeoutMs}ms`));
      }, this.callTimeoutMs);
      this.pending.set(id, { method, resolve: resolve as (value: unknown) => void, reject, timer });
      const request: WorkerRequest = { id, method, params };
      try {
        this.worker.postMessage(request, transfer);
      } catch (err) {
        clearTimeout(timer);
        this.pending.delete(id);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  resize(bitmap: ImageBitmap, width: number, height: number): Promise<ImageBitmap> {
    return this.call<ImageBitmap>('resize', { bitmap, width, height }, [bitmap]);
  }

  encodeWebp(bitmap: ImageBitmap, quality: number): Promise<Blob> {
    return this.call<Blob>('encode', { bitmap, type: 'image/webp', quality }, [bitmap]);
  }

  terminate(): void {
    this.worker.terminate();
    this.failAll(new Error('image worker terminated'));
  }

  private onReply(reply: WorkerReply): void {
    const call = this.pending.get(reply.id);
    if (!call) {
      console.warn(`image worker: reply for unknown or expired call ${reply.id}`);
      return;
    }
    this.pending.delete(reply.id);
    clearTimeout(call.timer);
    if (reply.ok) call.resolve(reply.result);
    else call.reject(new Error(`${call.method} failed in worker: ${reply.error}`));
  }

  private failAll(error: Error): void {
    for (const [id, call] of this.pending) {
      clearTimeout(call.timer);
      this.pending.delete(id);
      call.reject(error);
    }
  }
}
