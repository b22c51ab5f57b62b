// expect: none
// The race between the puppeteer's cue acknowledgement and the timeout cleans up after itself: the timer is cleared in finally and the losing ack request is aborted through its own controller linked to the caller's signal.
import { EventEmitter } from 'node:events';

export interface Cue {
  id: string;
  scene: number;
  puppeteer: string;
  action: 'enter' | 'exit' | 'bow' | 'swap-head';
}

export interface CueAck {
  cueId: string;
  puppeteer: string;
  ackedAt: number;
}

export class CueTimeoutError extends Error {
  constructor(readonly cue: Cue, ms: number) {
    super(`${cue.puppeteer} did not acknowledge cue ${cue.id} within ${ms}ms`);
    this.name = 'CueTimeoutError';
  }
}

export class StageManager extends EventEmitter {
  constructor(private readonly intercomUrl: string, private readonly ackTimeoutMs = 4_000) {
    super();
  }

  private async requestAck(cue: Cue, signal: AbortSignal): Promise<CueAck> {
    const res = await fetch(`${this.intercomUrl}/cues/${cue.id}/ack`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(cue),
      signal,
    });
    if (!res.ok) throw new Error(`intercom rejected cue ${cue.id}: ${res.status}`);
    return (await res.json()) as CueAck;
  }

  async call(cue: Cue, signal: AbortSignal): Promise<CueAck> {
    signal.throwIfAborted();
    const attempt = new AbortController();
    const onOuterAbort = () => attempt.abort(signal.reason);
    signal.addEventListener('abort', onOuterAbort, { once: true });

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new CueTimeoutError(cue, this.ackTimeoutMs)), this.ackTimeoutMs);
    });

    try {
      const ack = await Promise.race([this.requestAck(cue, attempt.signal), timeout]);
      this.emit('acked', ack);
      return ack;
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onOuterAbort);
      attempt.abort();
    }
  }

  async runScene(cues: Cue[], signal: AbortSignal): Promise<CueAck[]> {
    const acks: CueAck[] = [];
    for (const cue of cues) {
      signal.throwIfAborted();
      acks.push(await this.call(cue, signal));
    }
    return acks;
  }
}
