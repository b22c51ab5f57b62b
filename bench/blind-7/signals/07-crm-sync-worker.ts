// expect: no-swallowed-abort
// When the worker is shut down, the caller's AbortError is classified as a per-attempt timeout and retried; every retry fails instantly on the already-aborted signal and the job ends with a generic "timed out" error, so the queue records a failure instead of a cancellation.
interface Job<T> {
  id: string;
  data: T;
  attemptsMade: number;
}

interface WorkerContext {
  signal: AbortSignal;
  logger: { info(msg: string): void; warn(msg: string): void };
}

interface ContactUpsert {
  accountId: string;
  email: string;
  fields: Record<string, string>;
}

const PER_ATTEMPT_TIMEOUT_MS = 8_000;
const MAX_ATTEMPTS = 3;

function isTimeout(err: unknown): boolean {
  return err instanceof DOMException && (err.name === 'TimeoutError' || err.name === 'AbortError');
}

async function upsertContact(token: string, contact: ContactUpsert, signal: AbortSignal): Promise<string> {
  const res = await fetch(`https://api.crm.example.com/v3/accounts/${contact.accountId}/contacts:upsert`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email: contact.email, properties: contact.fields }),
    signal,
  });
  if (!res.ok) throw new Error(`CRM upsert failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { id: string };
  return body.id;
}

export function createCrmSyncProcessor(token: string) {
  return async function process(job: Job<ContactUpsert>, ctx: WorkerContext): Promise<{ contactId: string }> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const attemptSignal = AbortSignal.any([ctx.signal, AbortSignal.timeout(PER_ATTEMPT_TIMEOUT_MS)]);
      try {
        const contactId = await upsertContact(token, job.data, attemptSignal);
        ctx.logger.info(`job ${job.id}: synced ${job.data.email} -> ${contactId}`);
        return { contactId };
      } catch (err) {
        if (!isTimeout(err)) throw err;
        ctx.logger.warn(`job ${job.id}: CRM attempt ${attempt}/${MAX_ATTEMPTS} timed out`);
      }
    }
    throw new Error(`job ${job.id}: CRM upsert timed out after ${MAX_ATTEMPTS} attempts`);
  };
}
