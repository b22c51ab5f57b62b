// expect: none
// Each pending cue deferred is deleted from the map and has its timer cleared before it is resolved or rejected, and a transport close rejects and clears every remaining entry, so no deferred settles twice or is left hanging.
export interface CueFrame {
  type: 'ACK' | 'NAK';
  cueId: number;
  reason?: string;
}

export interface FiringTransport {
  send(line: string): void;
  onFrame(listener: (frame: CueFrame) => void): void;
  onClose(listener: (reason: string) => void): void;
}

export interface CueAck {
  cueId: number;
  latencyMs: number;
}

interface PendingCue {
  sentAt: number;
  resolve: (ack: CueAck) => void;
  reject: (err: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class CueDispatcher {
  private readonly pending = new Map<number, PendingCue>();
  private closed = false;

  constructor(
    private readonly transport: FiringTransport,
    private readonly ackTimeoutMs = 1_500,
  ) {
    transport.onFrame((frame) => this.handleFrame(frame));
    transport.onClose((reason) => this.failAll(new Error(`firing link closed: ${reason}`)));
  }

  fire(cueId: number, module: string, pin: number): Promise<CueAck> {
    if (this.closed) {
      return Promise.reject(new Error('firing link is closed'));
    }
    if (this.pending.has(cueId)) {
      return Promise.reject(new Error(`cue ${cueId} is already in flight`));
    }

    const { promise, resolve, reject } = Promise.withResolvers<CueAck>();
    const timer = setTimeout(() => {
      this.pending.delete(cueId);
      reject(new Error(`no acknowledgement for cue ${cueId} within ${this.ackTimeoutMs}ms`));
    }, this.ackTimeoutMs);

    this.pending.set(cueId, { sentAt: Date.now(), resolve, reject, timer });
    try {
      this.transport.send(`FIRE ${cueId} ${module}:${pin}`);
    } catch (err) {
      clearTimeout(timer);
      this.pending.delete(cueId);
      reject(err as Error);
    }
    return promise;
  }

  private handleFrame(frame: CueFrame): void {
    const entry = this.pending.get(frame.cueId);
    if (!entry) return;
    this.pending.delete(frame.cueId);
    clearTimeout(entry.timer);
    if (frame.type === 'ACK') {
      entry.resolve({ cueId: frame.cueId, latencyMs: Date.now() - entry.sentAt });
    } else {
      entry.reject(new Error(`module refused cue ${frame.cueId}: ${frame.reason ?? 'unknown'}`));
    }
  }

  private failAll(err: Error): void {
    this.closed = true;
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.reject(err);
    }
  }

  get inFlight(): number {
    return this.pending.size;
  }
}
