// expect: no-reused-settled-promise
// withRetry receives an already-started promise and re-awaits it on every attempt, so after the first rejection each retry just sees the same rejection and the submission is never re-sent.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TruffleFind {
  dogId: string;
  handlerId: string;
  orchardBlock: string;
  grams: number;
  species: 'melanosporum' | 'aestivum' | 'uncinatum';
  foundAt: string;
}

export interface CooperativeApi {
  submitFind(find: TruffleFind): Promise<{ lotNumber: string }>;
}

export class TransientError extends Error {
  override readonly name = 'TransientError';
}

export async function withRetry<T>(attempt: Promise<T>, retries = 3, baseDelayMs = 400): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i <= retries; i++) {
    try {
      return await attempt;
    } catch (err) {
      lastError = err;
      if (!(err instanceof TransientError) || i === retries) break;
      await sleep(baseDelayMs * 2 ** i);
    }
  }
  throw lastError;
}

export class FindRecorder {
  private readonly submitted = new Map<string, string>();

  constructor(private readonly api: CooperativeApi) {}

  private key(find: TruffleFind): string {
    return `${find.dogId}|${find.orchardBlock}|${find.foundAt}`;
  }

  async record(find: TruffleFind): Promise<string> {
    if (find.grams <= 0) throw new RangeError('a find must weigh something');
    const key = this.key(find);
    const existing = this.submitted.get(key);
    if (existing) return existing;

    const { lotNumber } = await withRetry(this.api.submitFind(find));
    this.submitted.set(key, lotNumber);
    return lotNumber;
  }

  async recordDay(finds: TruffleFind[]): Promise<{ lots: string[]; grams: number }> {
    const lots: string[] = [];
    let grams = 0;
    for (const find of finds) {
      lots.push(await this.record(find));
      grams += find.grams;
    }
    return { lots, grams };
  }
}
