// expect: require-signal-propagation
// On a 429 the exporter sleeps for Retry-After (often 60s) with a timer that ignores opts.signal, so an abort during back-off is not noticed until the full wait has elapsed.
import { setTimeout as sleep } from 'node:timers/promises';
import { open } from 'node:fs/promises';

interface Ticket {
  id: number;
  subject: string;
  status: 'new' | 'open' | 'pending' | 'solved' | 'closed';
  updated_at: string;
}

type Page = { kind: 'ok'; tickets: Ticket[]; nextCursor: string | null } | { kind: 'rate_limited'; retryAfterSeconds: number };

declare const helpdesk: {
  listTickets(query: { updatedSince: string; cursor?: string; pageSize: number; signal?: AbortSignal }): Promise<Page>;
};

export interface ExportOptions {
  since: Date;
  outFile: string;
  signal?: AbortSignal;
  onProgress?: (exported: number) => void;
}

async function* ticketPages(opts: ExportOptions): AsyncGenerator<Ticket[]> {
  let cursor: string | undefined;
  for (;;) {
    const page = await helpdesk.listTickets({
      updatedSince: opts.since.toISOString(),
      cursor,
      pageSize: 100,
      signal: opts.signal,
    });
    if (page.kind === 'rate_limited') {
      const waitMs = Math.max(1, page.retryAfterSeconds) * 1000;
      console.warn(`helpdesk rate limit hit, pausing ${waitMs / 1000}s`);
      await sleep(waitMs);
      continue;
    }
    yield page.tickets;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

export async function exportTickets(opts: ExportOptions): Promise<number> {
  const out = await open(opts.outFile, 'w');
  let exported = 0;
  try {
    for await (const tickets of ticketPages(opts)) {
      if (tickets.length === 0) continue;
      const lines = tickets.map((t) => JSON.stringify(t)).join('\n') + '\n';
      await out.appendFile(lines, { encoding: 'utf8', signal: opts.signal });
      exported += tickets.length;
      opts.onProgress?.(exported);
    }
  } finally {
    await out.close();
  }
  return exported;
}
