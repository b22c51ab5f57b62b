// expect: none
// Stored resolve/reject pairs are deleted from the pending map before settling, timers are cleared, and socket close rejects whatever remains exactly once.
export interface HandoffConfirmation {
  requestId: string;
  crateId: string;
  receivedBy: string;
  conditionReportId: string;
  signedAt: string;
}

interface PendingHandoff {
  resolve: (confirmation: HandoffConfirmation) => void;
  reject: (err: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

type CourierFrame =
  | { type: 'handoff-confirmed'; requestId: string; confirmation: HandoffConfirmation }
  | { type: 'handoff-refused'; requestId: string; reason: string };

export class CourierChannel {
  private readonly pending = new Map<string, PendingHandoff>();
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly timeoutMs = 120_000,
  ) {
    socket.addEventListener('message', (event) => this.onFrame(String(event.data)));
    socket.addEventListener('close', () => this.failAll(new Error('courier channel closed')));
    socket.addEventListener('error', () => this.failAll(new Error('courier channel errored')));
  }

  requestHandoff(crateId: string, venueId: string, courierName: string): Promise<HandoffConfirmation> {
    if (this.closed) {
      return Promise.reject(new Error('courier channel closed'));
    }
    const requestId = `H${this.nextId++}`;

    return new Promise<HandoffConfirmation>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.pending.delete(requestId)) {
          reject(new Error(`handoff ${requestId} for crate ${crateId} not confirmed in time`));
        }
      }, this.timeoutMs);

      this.pending.set(requestId, { resolve, reject, timer });
      try {
        this.socket.send(
          JSON.stringify({ type: 'request-handoff', requestId, crateId, venueId, courierName }),
        );
      } catch (err) {
        this.pending.delete(requestId);
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  private onFrame(raw: string): void {
    let frame: CourierFrame;
    try {
      frame = JSON.parse(raw) as CourierFrame;
    } catch {
      return;
    }

    const entry = this.pending.get(frame.requestId);
    if (!entry) return; // late reply after a timeout; already settled
    this.pending.delete(frame.requestId);
    clearTimeout(entry.timer);

    if (frame.type === 'handoff-confirmed') {
      entry.resolve(frame.confirmation);
    } else {
      entry.reject(new Error(`handoff ${frame.requestId} refused: ${frame.reason}`));
    }
  }

  private failAll(err: Error): void {
    if (this.closed) return;
    this.closed = true;
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.reject(err);
    }
  }
}

export async function handOverLoan(
  channel: CourierChannel,
  crates: readonly string[],
  venueId: string,
  courierName: string,
): Promise<HandoffConfirmation[]> {
  const confirmations: HandoffConfirmation[] = [];
  for (const crateId of crates) {
    // Crates are handed over one at a time; the registrar countersigns each.
    confirmations.push(await channel.requestHandoff(crateId, venueId, courierName));
  }
  return confirmations;
}
