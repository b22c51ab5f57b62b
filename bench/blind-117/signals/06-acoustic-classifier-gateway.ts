// expect: none
// The classifier request is raced against a timeout whose timer is cleared in finally and which aborts the losing request, so nothing from the race keeps running.
export type ColonyState = 'queenright' | 'queenless' | 'pre-swarm' | 'swarming' | 'unknown';

export interface Classification {
  hiveId: string;
  state: ColonyState;
  confidence: number;
  dominantHz: number;
}

export class ClassifierTimeoutError extends Error {
  constructor(readonly hiveId: string, readonly ms: number) {
    super(`Classifier did not answer for ${hiveId} within ${ms} ms`);
    this.name = 'ClassifierTimeoutError';
  }
}

export class AcousticClassifierGateway {
  constructor(
    private readonly endpoint: string,
    private readonly timeoutMs = 8000,
  ) {}

  private async post(hiveId: string, clip: Uint8Array<ArrayBuffer>, signal: AbortSignal): Promise<Classification> {
    const res = await fetch(`${this.endpoint}/classify?hive=${encodeURIComponent(hiveId)}`, {
      method: 'POST',
      headers: { 'content-type': 'audio/flac' },
      body: clip,
      signal,
    });
    if (!res.ok) throw new Error(`Classifier answered ${res.status}`);
    return (await res.json()) as Classification;
  }

  async classify(hiveId: string, clip: Uint8Array<ArrayBuffer>): Promise<Classification> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;

    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new ClassifierTimeoutError(hiveId, this.timeoutMs));
      }, this.timeoutMs);
    });

    try {
      return await Promise.race([this.post(hiveId, clip, controller.signal), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async classifyApiary(clips: Map<string, Uint8Array<ArrayBuffer>>): Promise<Classification[]> {
    const results: Classification[] = [];
    for (const [hiveId, clip] of clips) {
      try {
        results.push(await this.classify(hiveId, clip));
      } catch (err) {
        if (!(err instanceof ClassifierTimeoutError)) throw err;
        results.push({ hiveId, state: 'unknown', confidence: 0, dominantHz: 0 });
      }
    }
    return results;
  }

  static swarmRisk(results: Classification[]): string[] {
    return results
      .filter((r) => (r.state === 'pre-swarm' || r.state === 'swarming') && r.confidence >= 0.6)
      .map((r) => r.hiveId);
  }
}
