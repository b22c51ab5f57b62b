// expect: no-reused-settled-promise
// The retry helper is handed an already-started promise and re-awaits that same settled promise on every attempt, so a failed libretto fetch is never actually retried.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryOptions {
  tries: number;
  delayMs: number;
  onRetry?: (attempt: number, err: unknown) => void;
}

export async function retrying<T>(attempt: Promise<T>, opts: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < opts.tries; i++) {
    try {
      return await attempt;
    } catch (err) {
      lastError = err;
      if (i < opts.tries - 1) {
        opts.onRetry?.(i + 1, err);
        await sleep(opts.delayMs * 2 ** i);
      }
    }
  }
  throw lastError;
}

export interface LibrettoDoc {
  productionId: string;
  lang: string;
  revision: number;
  lines: { cue: string; text: string }[];
}

export class SurtitleCmsClient {
  readonly retries: string[] = [];

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private async fetchLibretto(productionId: string, lang: string): Promise<LibrettoDoc> {
    const res = await fetch(`${this.baseUrl}/productions/${productionId}/libretto/${lang}`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    if (!res.ok) throw new Error(`CMS ${res.status} for ${productionId}/${lang}`);
    return (await res.json()) as LibrettoDoc;
  }

  async libretto(productionId: string, lang: string): Promise<LibrettoDoc> {
    return retrying(this.fetchLibretto(productionId, lang), {
      tries: 3,
      delayMs: 250,
      onRetry: (attempt, err) => this.retries.push(`${productionId}/${lang} attempt ${attempt}: ${String(err)}`),
    });
  }

  async bilingual(productionId: string, primary: string, secondary: string): Promise<{ cue: string; top: string; bottom: string }[]> {
    const [a, b] = await Promise.all([this.libretto(productionId, primary), this.libretto(productionId, secondary)]);
    const secondaryByCue = new Map(b.lines.map((l) => [l.cue, l.text]));
    return a.lines.map((l) => ({ cue: l.cue, top: l.text, bottom: secondaryByCue.get(l.cue) ?? '' }));
  }
}
