// expect: none
// Each stored resolve/reject pair is deleted from the pending map before it is used, so duplicate replies, late timeouts and close() can never settle a request twice.
export interface FleeceWeighing {
  animalId: string;
  grossKg: number;
  skirtedKg: number;
  micron: number | null;
}

interface StationMessage {
  requestId: number;
  ok: boolean;
  weighing?: FleeceWeighing;
  error?: string;
}

declare const stationLink: {
  send(payload: { requestId: number; command: 'weigh'; animalId: string }): void;
  onMessage(listener: (message: StationMessage) => void): () => void;
};

interface Pending {
  animalId: string;
  resolve: (w: FleeceWeighing) => void;
  reject: (err: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class ShearingStationClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly unsubscribe: () => void;
  private closed = false;

  constructor(private readonly replyTimeoutMs = 15_000) {
    this.unsubscribe = stationLink.onMessage((message) => this.handleMessage(message));
  }

  weigh(animalId: string): Promise<FleeceWeighing> {
    if (this.closed) return Promise.reject(new Error('shearing station client is closed'));
    const requestId = this.nextId++;

    return new Promise<FleeceWeighing>((resolve, reject) => {
      const timer = setTimeout(() => {
        const entry = this.take(requestId);
        entry?.reject(new Error(`no weighing for ${animalId} after ${this.replyTimeoutMs}ms`));
      }, this.replyTimeoutMs);

      this.pending.set(requestId, { animalId, resolve, reject, timer });
      try {
        stationLink.send({ requestId, command: 'weigh', animalId });
      } catch (err) {
        this.take(requestId)?.reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe();
    for (const requestId of [...this.pending.keys()]) {
      const entry = this.take(requestId);
      entry?.reject(new Error(`station closed before ${entry.animalId} was weighed`));
    }
  }

  private take(requestId: number): Pending | undefined {
    const entry = this.pending.get(requestId);
    if (!entry) return undefined;
    this.pending.delete(requestId);
    clearTimeout(entry.timer);
    return entry;
  }

  private handleMessage(message: StationMessage): void {
    // The station firmware re-sends replies it has not seen acknowledged, so
    // a requestId can arrive more than once; only the first one counts.
    const entry = this.take(message.requestId);
    if (!entry) return;

    if (!message.ok || !message.weighing) {
      entry.reject(new Error(message.error ?? `station refused to weigh ${entry.animalId}`));
      return;
    }
    if (message.weighing.animalId !== entry.animalId) {
      entry.reject(new Error(`station weighed ${message.weighing.animalId}, expected ${entry.animalId}`));
      return;
    }
    entry.resolve(message.weighing);
  }
}

export function skirtingLoss(w: FleeceWeighing): number {
  if (w.grossKg <= 0) return 0;
  return Math.round(((w.grossKg - w.skirtedKg) / w.grossKg) * 1000) / 10;
}
