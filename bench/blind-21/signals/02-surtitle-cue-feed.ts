// expect: none
// The cue race clears its timeout and aborts the losing fetch in finally, and the caller's signal is forwarded to the fetch controller.
import { EventEmitter } from 'node:events';

export interface Cue {
  id: number;
  act: number;
  languages: Record<string, string>;
}

export interface SurtitleFeedOptions {
  endpoint: string;
  cueTimeoutMs?: number;
  languages: string[];
}

export class CueTimeoutError extends Error {
  constructor(
    readonly cueId: number,
    readonly ms: number,
  ) {
    super(`Cue ${cueId} not received within ${ms}ms`);
    this.name = 'CueTimeoutError';
  }
}

export class SurtitleFeed extends EventEmitter {
  private readonly cueTimeoutMs: number;
  private lastCueId = 0;

  constructor(private readonly options: SurtitleFeedOptions) {
    super();
    this.cueTimeoutMs = options.cueTimeoutMs ?? 1500;
  }

  private async fetchCue(cueId: number, signal: AbortSignal): Promise<Cue> {
    const url = new URL(`cues/${cueId}`, this.options.endpoint);
    url.searchParams.set('lang', this.options.languages.join(','));
    const res = await fetch(url, { signal });
    if (!res.ok) throw new Error(`cue ${cueId}: HTTP ${res.status}`);
    return (await res.json()) as Cue;
  }

  async advance(signal: AbortSignal): Promise<Cue> {
    signal.throwIfAborted();
    const cueId = this.lastCueId + 1;

    const controller = new AbortController();
    const relay = () => controller.abort(signal.reason);
    signal.addEventListener('abort', relay, { once: true });

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new CueTimeoutError(cueId, this.cueTimeoutMs)), this.cueTimeoutMs);
    });

    try {
      const cue = await Promise.race([this.fetchCue(cueId, controller.signal), timeout]);
      this.lastCueId = cue.id;
      this.emit('cue', cue);
      return cue;
    } finally {
      clearTimeout(timer);
      controller.abort();
      signal.removeEventListener('abort', relay);
    }
  }

  /** Operator pressed "back" on the prompt desk. */
  rewind(to: number): void {
    this.lastCueId = Math.max(0, to - 1);
    this.emit('rewind', to);
  }
}
