// expect: none
// The race between the two DMX gateways and the timeout cleans up after itself: the finally block clears the timer, aborts the losing gateway request through the shared controller, and removes the listener added to the caller's signal.
export interface CueFrame {
  cue: string;
  universe: number;
  levels: Uint8Array;
}

export interface GatewayAck {
  gateway: string;
  latencyMs: number;
}

export interface DmxGateway {
  readonly name: string;
  send(frame: CueFrame, opts: { signal: AbortSignal }): Promise<GatewayAck>;
}

export class CueDeliveryTimeout extends Error {
  constructor(readonly cue: string, readonly ms: number) {
    super(`no gateway confirmed cue ${cue} within ${ms} ms`);
    this.name = 'CueDeliveryTimeout';
  }
}

export class RedundantCueSender {
  constructor(
    private readonly primary: DmxGateway,
    private readonly backup: DmxGateway,
    private readonly timeoutMs = 250,
  ) {}

  async fire(frame: CueFrame, signal: AbortSignal): Promise<GatewayAck> {
    signal.throwIfAborted();
    const attempt = new AbortController();
    const forwardAbort = () => attempt.abort(signal.reason);
    signal.addEventListener('abort', forwardAbort, { once: true });

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new CueDeliveryTimeout(frame.cue, this.timeoutMs)), this.timeoutMs);
    });
    const aborted = new Promise<never>((_, reject) => {
      attempt.signal.addEventListener('abort', () => reject(attempt.signal.reason), { once: true });
    });

    try {
      return await Promise.race([
        this.primary.send(frame, { signal: attempt.signal }),
        this.backup.send(frame, { signal: attempt.signal }),
        timeout,
        aborted,
      ]);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', forwardAbort);
      attempt.abort(new Error('cue delivered by the other gateway'));
    }
  }
}

export async function fireCueList(sender: RedundantCueSender, frames: CueFrame[], signal: AbortSignal): Promise<GatewayAck[]> {
  const acks: GatewayAck[] = [];
  for (const frame of frames) {
    acks.push(await sender.fire(frame, signal));
  }
  return acks;
}
