// expect: require-signal-propagation
// The upload passes the signal to fetch but waits out the retry backoff with sleep(ms) and no signal, so an abort arriving during a backoff of up to 30 s is ignored until the sleep ends.
import { setTimeout as sleep } from 'node:timers/promises';

export interface WeighTicket {
  ticketNo: string;
  plate: string;
  material: string;
  netKg: number;
  issuedAt: string;
}

export interface UploadOptions {
  endpoint: string;
  apiKey: string;
  signal: AbortSignal;
  attempts?: number;
}

export class UploadRejectedError extends Error {
  constructor(readonly ticketNo: string, readonly status: number, readonly detail: string) {
    super(`council portal rejected ${ticketNo}: ${status} ${detail}`);
    this.name = 'UploadRejectedError';
  }
}

function backoffMs(attempt: number): number {
  const base = Math.min(30_000, 1_000 * 2 ** attempt);
  return base / 2 + Math.random() * (base / 2);
}

export async function uploadTicket(ticket: WeighTicket, opts: UploadOptions): Promise<string> {
  const attempts = opts.attempts ?? 5;
  let lastStatus = 0;

  for (let attempt = 0; attempt < attempts; attempt++) {
    const res = await fetch(`${opts.endpoint}/waste-transfer/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': opts.apiKey },
      body: JSON.stringify(ticket),
      signal: opts.signal,
    });

    if (res.ok) {
      const { receipt } = (await res.json()) as { receipt: string };
      return receipt;
    }
    if (res.status >= 400 && res.status < 500 && res.status !== 429) {
      throw new UploadRejectedError(ticket.ticketNo, res.status, await res.text());
    }

    lastStatus = res.status;
    await res.body?.cancel();
    await sleep(backoffMs(attempt));
  }

  throw new Error(`gave up uploading ${ticket.ticketNo} after ${attempts} attempts (last HTTP ${lastStatus})`);
}

export async function uploadDay(tickets: WeighTicket[], opts: UploadOptions): Promise<Map<string, string>> {
  const receipts = new Map<string, string>();
  for (const ticket of tickets) {
    receipts.set(ticket.ticketNo, await uploadTicket(ticket, opts));
  }
  return receipts;
}
