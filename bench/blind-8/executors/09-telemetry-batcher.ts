// expect: no-multiple-settle
// When a timed send is still awaiting its ack and flush() sends again, `inflight` is overwritten: the first ack settles the second batch's deferred early and the earlier deferred is never settled, so whoever awaited it hangs.
export interface TelemetryEvent {
  name: string;
  at: number;
  props?: Record<string, string | number | boolean>;
}

interface AckMessage {
  seq: number;
  ok: boolean;
  error?: string;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: Error) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export class TelemetryBatcher {
  private queue: TelemetryEvent[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: Deferred<void> | undefined;
  private seq = 0;

  constructor(
    private readonly port: MessagePort,
    private readonly delayMs = 2_000,
  ) {
    this.port.onmessage = (event: MessageEvent<AckMessage>) => this.onAck(event.data);
  }

  track(name: string, props?: TelemetryEvent['props']): void {
    this.queue.push({ name, at: Date.now(), props });
    this.timer ??= setTimeout(() => {
      this.send().catch((err) => console.warn('[telemetry] batch dropped', err));
    }, this.delayMs);
  }

  async flush(): Promise<void> {
    if (this.queue.length === 0) return;
    await this.send();
  }

  private send(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.queue.splice(0);
    const seq = ++this.seq;
    this.inflight = deferred<void>();
    this.port.postMessage({ seq, events: batch });
    return this.inflight.promise;
  }

  private onAck(ack: AckMessage): void {
    const pending = this.inflight;
    if (!pending) return;
    this.inflight = undefined;
    if (ack.ok) pending.resolve();
    else pending.reject(new Error(`telemetry batch ${ack.seq} rejected: ${ack.error ?? 'unknown'}`));
  }
}

export function installUnloadFlush(batcher: TelemetryBatcher): void {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'hidden') return;
    batcher.flush().catch((err) => console.warn('[telemetry] final flush failed', err));
  });
}
