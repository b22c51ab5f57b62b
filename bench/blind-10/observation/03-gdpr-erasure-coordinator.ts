// expect: no-unchecked-settled-results
// Only fulfilled erasure results are collected; when a downstream service rejects (timeout, 500) the request is still stored as completed and the subject is told their data is gone, while that service still holds it and nothing is logged or retried.
export interface ErasureTarget {
  name: string;
  erase(subjectId: string, opts: { signal: AbortSignal }): Promise<{ recordsRemoved: number }>;
}

export interface ErasureSummary {
  subjectId: string;
  perService: Record<string, number>;
  totalRecordsRemoved: number;
  completedAt: string;
}

interface ErasureRequest {
  id: string;
  subjectId: string;
  email: string;
  state: 'received' | 'in_progress' | 'completed';
  summary?: ErasureSummary;
}

export interface RequestStore {
  get(id: string): Promise<ErasureRequest | undefined>;
  update(id: string, patch: Partial<Omit<ErasureRequest, 'id'>> & { startedAt?: Date }): Promise<void>;
}

declare const mailer: {
  send(msg: { to: string; template: string; vars: Record<string, string | number> }): Promise<{ messageId: string }>;
};
declare const log: { info(msg: string, meta?: object): void; warn(msg: string, meta?: object): void };

export class ErasureCoordinator {
  constructor(
    private readonly targets: readonly ErasureTarget[],
    private readonly requests: RequestStore,
    private readonly timeoutMs = 30_000,
  ) {}

  async process(requestId: string): Promise<ErasureSummary> {
    const request = await this.requests.get(requestId);
    if (!request) throw new Error(`erasure request ${requestId} does not exist`);
    if (request.state === 'completed' && request.summary) {
      log.info('erasure already completed', { requestId });
      return request.summary;
    }

    await this.requests.update(requestId, { state: 'in_progress', startedAt: new Date() });
    const signal = AbortSignal.timeout(this.timeoutMs);
    const results = await Promise.allSettled(this.targets.map((target) => target.erase(request.subjectId, { signal })));

    const removed = results.flatMap((result, i): [string, number][] =>
      result.status === 'fulfilled' ? [[this.targets[i].name, result.value.recordsRemoved]] : [],
    );
    const summary: ErasureSummary = {
      subjectId: request.subjectId,
      perService: Object.fromEntries(removed),
      totalRecordsRemoved: removed.reduce((sum, [, n]) => sum + n, 0),
      completedAt: new Date().toISOString(),
    };

    await this.requests.update(requestId, { state: 'completed', summary });
    await mailer.send({
      to: request.email,
      template: 'gdpr-erasure-complete',
      vars: { requestId, records: summary.totalRecordsRemoved },
    });
    log.info('erasure completed', { requestId, services: Object.keys(summary.perService).length });
    return summary;
  }
}
