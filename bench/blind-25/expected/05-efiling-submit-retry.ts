// expect: none
// The retry helper takes a factory and calls it on every attempt, so each retry really re-submits the filing with a fresh timeout signal.
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';

export interface FilingEnvelope {
  caseNumber: string;
  courtCode: string;
  documentType: 'complaint' | 'motion' | 'answer' | 'exhibit';
  pdf: Uint8Array;
  filerBarNumber: string;
}

export interface FilingReceipt {
  envelopeId: string;
  status: 'accepted' | 'queued-for-review';
  receivedAt: string;
}

class TransientFilingError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export async function retrying<T>(
  attemptFn: (attempt: number) => Promise<T>,
  { attempts = 3, backoffMs = 1000 }: { attempts?: number; backoffMs?: number } = {},
): Promise<T> {
  let lastErr: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const pending = attemptFn(attempt);
    try {
      return await pending;
    } catch (err) {
      lastErr = err;
      if (!(err instanceof TransientFilingError) || attempt === attempts) break;
      await sleep(backoffMs * attempt);
    }
  }
  throw lastErr;
}

export class EFilingClient {
  constructor(private readonly baseUrl: string, private readonly apiKey: string) {}

  async submit(envelope: FilingEnvelope): Promise<FilingReceipt> {
    const idempotencyKey = randomUUID();
    return retrying(
      async () => {
        const res = await fetch(`${this.baseUrl}/courts/${envelope.courtCode}/filings`, {
          method: 'POST',
          signal: AbortSignal.timeout(30_000),
          headers: {
            authorization: `Bearer ${this.apiKey}`,
            'content-type': 'application/pdf',
            'idempotency-key': idempotencyKey,
            'x-case-number': envelope.caseNumber,
            'x-document-type': envelope.documentType,
            'x-filer-bar': envelope.filerBarNumber,
          },
          body: envelope.pdf,
        });
        if (res.status >= 500 || res.status === 429) {
          throw new TransientFilingError(`court gateway returned ${res.status}`, res.status);
        }
        if (!res.ok) {
          throw new Error(`filing rejected: ${res.status} ${await res.text()}`);
        }
        return (await res.json()) as FilingReceipt;
      },
      { attempts: 4, backoffMs: 2000 },
    );
  }

  async submitBundle(envelopes: FilingEnvelope[]): Promise<FilingReceipt[]> {
    const receipts: FilingReceipt[] = [];
    for (const env of envelopes) {
      receipts.push(await this.submit(env));
    }
    return receipts;
  }
}
