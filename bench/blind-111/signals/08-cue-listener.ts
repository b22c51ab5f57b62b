// expect: no-leaked-race
// nextCue races the cue against a promise that adds an abort listener to the long-lived show signal and never removes it, so every cue leaves another listener (and its closure) attached for the rest of the show.
export interface Cue {
  number: string;
  lineSet: number;
  targetMm: number;
  fadeMs: number;
}

export interface CueSocket {
  onMessage(handler: (data: string) => void): void;
  send(data: string): void;
}

export interface RigDriver {
  fly(lineSet: number, targetMm: number, fadeMs: number): Promise<void>;
}

export class CueListener {
  private readonly queue: Cue[] = [];
  private waiter: ((cue: Cue) => void) | undefined;

  constructor(
    private readonly socket: CueSocket,
    private readonly rig: RigDriver,
  ) {
    socket.onMessage((data) => {
      const cue = JSON.parse(data) as Cue;
      if (this.waiter) {
        const deliver = this.waiter;
        this.waiter = undefined;
        deliver(cue);
      } else {
        this.queue.push(cue);
      }
    });
  }

  private waitForCue(): Promise<Cue> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise<Cue>((resolve) => {
      this.waiter = resolve;
    });
  }

  nextCue(signal: AbortSignal): Promise<Cue> {
    signal.throwIfAborted();
    const aborted = new Promise<never>((_, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    return Promise.race([this.waitForCue(), aborted]);
  }

  async runShow(signal: AbortSignal): Promise<number> {
    let executed = 0;
    while (!signal.aborted) {
      const cue = await this.nextCue(signal);
      this.socket.send(JSON.stringify({ ack: cue.number }));
      await this.rig.fly(cue.lineSet, cue.targetMm, cue.fadeMs);
      executed++;
    }
    return executed;
  }
}
