// expect: none
// Each pending confirmation is removed from the map and has its timer cleared before it is resolved or rejected, and a failed send cleans up immediately, so no request can settle twice or be left hanging.
export interface RotaChannel {
  send(message: { type: 'confirm-request'; key: string; ringerId: string; serviceDate: string }): void;
  on(event: 'message', listener: (message: { key: string; answer: 'yes' | 'no'; note?: string }) => void): void;
  on(event: 'close', listener: () => void): void;
}

export interface Confirmation {
  ringerId: string;
  serviceDate: string;
  willRing: boolean;
  note?: string;
}

interface PendingRequest {
  ringerId: string;
  serviceDate: string;
  resolve: (confirmation: Confirmation) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class RotaConfirmations {
  private readonly pending = new Map<string, PendingRequest>();

  constructor(
    private readonly channel: RotaChannel,
    private readonly timeoutMs = 48 * 60 * 60 * 1000,
  ) {
    channel.on('message', (message) => this.handleAnswer(message.key, message.answer, message.note));
    channel.on('close', () => this.failAll(new Error('rota channel closed')));
  }

  requestConfirmation(ringerId: string, serviceDate: string): Promise<Confirmation> {
    const key = `${ringerId}:${serviceDate}`;
    if (this.pending.has(key)) {
      return Promise.reject(new Error(`already waiting for ${ringerId} on ${serviceDate}`));
    }
    return new Promise<Confirmation>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(key);
        reject(new Error(`${ringerId} did not answer for ${serviceDate}`));
      }, this.timeoutMs);
      this.pending.set(key, { ringerId, serviceDate, resolve, reject, timer });
      try {
        this.channel.send({ type: 'confirm-request', key, ringerId, serviceDate });
      } catch (err) {
        clearTimeout(timer);
        this.pending.delete(key);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  get outstanding(): number {
    return this.pending.size;
  }

  private handleAnswer(key: string, answer: 'yes' | 'no', note?: string): void {
    const entry = this.pending.get(key);
    if (!entry) return;
    this.pending.delete(key);
    clearTimeout(entry.timer);
    entry.resolve({
      ringerId: entry.ringerId,
      serviceDate: entry.serviceDate,
      willRing: answer === 'yes',
      note,
    });
  }

  private failAll(error: Error): void {
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.reject(error);
    }
  }
}
