// expect: none
// Retries only throttling and gateway errors; an abort from the caller's signal is rethrown untouched and the backoff sleep is itself cancellable.
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';

export interface DeclarationLine {
  hsCode: string;
  description: string;
  originCountry: string;
  quantity: number;
  customsValue: number;
}

export interface Declaration {
  reference: string;
  declarantEori: string;
  procedureCode: string;
  currency: string;
  lines: DeclarationLine[];
}

export interface SubmissionReceipt {
  mrn: string;
  acceptedAt: string;
  status: 'accepted' | 'under-control';
}

export class DeclarationRejected extends Error {
  constructor(
    readonly reference: string,
    readonly errors: string[],
  ) {
    super(`Declaration ${reference} rejected: ${errors.join('; ')}`);
    this.name = 'DeclarationRejected';
  }
}

export class SubmissionFailed extends Error {
  constructor(reference: string, options: { cause: unknown }) {
    super(`Declaration ${reference} could not be submitted`, options);
    this.name = 'SubmissionFailed';
  }
}

const RETRYABLE = new Set([429, 502, 503, 504]);

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export async function submitDeclaration(
  endpoint: string,
  decl: Declaration,
  opts: { signal: AbortSignal; maxAttempts?: number },
): Promise<SubmissionReceipt> {
  const maxAttempts = opts.maxAttempts ?? 4;
  const idempotencyKey = randomUUID();
  let lastError: unknown;

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const res = await fetch(`${endpoint}/declarations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(decl),
        signal: opts.signal,
      });
      if (res.status === 422) {
        const { errors } = (await res.json()) as { errors: string[] };
        throw new DeclarationRejected(decl.reference, errors);
      }
      if (RETRYABLE.has(res.status)) {
        lastError = new Error(`customs gateway answered ${res.status}`);
      } else if (!res.ok) {
        throw new SubmissionFailed(decl.reference, {
          cause: new Error(`unexpected customs gateway status ${res.status}`),
        });
      } else {
        return (await res.json()) as SubmissionReceipt;
      }
    } catch (err) {
      if (isAbort(err) || opts.signal.aborted) throw err;
      if (err instanceof DeclarationRejected || err instanceof SubmissionFailed) throw err;
      lastError = err;
    }

    if (attempt < maxAttempts) {
      const backoff = Math.min(8_000, 500 * 2 ** (attempt - 1)) + Math.floor(Math.random() * 250);
      await sleep(backoff, undefined, { signal: opts.signal });
    }
  }

  throw new SubmissionFailed(decl.reference, { cause: lastError });
}
