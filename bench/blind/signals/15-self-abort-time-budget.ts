// expect: none
// The listing aborts its own budget controller on purpose to return partial results; it only ignores the AbortError when that self-abort caused it, and rethrows when the caller aborted.

export interface AuditEvent {
  id: string;
  at: string;
  actor: string;
}

declare class AuditClient {
  listEvents(query: { since: string }, opts?: { signal?: AbortSignal }): AsyncIterable<AuditEvent[]>;
}

export interface CollectResult {
  events: AuditEvent[];
  partial: boolean;
}

export async function collectWithinBudget(
  client: AuditClient,
  since: string,
  opts: { signal: AbortSignal; budgetMs: number },
): Promise<CollectResult> {
  const budget = new AbortController();
  const timer = setTimeout(() => budget.abort(), opts.budgetMs);
  const signal = AbortSignal.any([opts.signal, budget.signal]);
  const events: AuditEvent[] = [];
  try {
    for await (const page of client.listEvents({ since }, { signal })) {
      events.push(...page);
    }
  } catch (err) {
    const budgetExpired = budget.signal.aborted && !opts.signal.aborted;
    if (!budgetExpired) {
      throw err;
    }
  } finally {
    clearTimeout(timer);
  }
  return { events, partial: budget.signal.aborted };
}
