// expect: none
// Each pending review deferred is removed from the map before it is settled, and decide/expire/shutdown all go through that single take() path, so every review settles exactly once.
export type PermitDecision = 'approved' | 'denied';

export interface DivePermitRequest {
  permitId: string;
  wreckName: string;
  diverIds: string[];
  maxDepthMeters: number;
}

export interface ReviewOutcome {
  permitId: string;
  decision: PermitDecision;
  reviewer: string;
  notes: string;
}

interface PendingReview {
  request: DivePermitRequest;
  resolve: (outcome: ReviewOutcome) => void;
  reject: (reason: Error) => void;
  expiry: ReturnType<typeof setTimeout>;
}

export class PermitReviewQueue {
  private readonly pending = new Map<string, PendingReview>();
  private closed = false;

  constructor(private readonly reviewWindowMs: number) {}

  submit(request: DivePermitRequest): Promise<ReviewOutcome> {
    if (this.closed) {
      return Promise.reject(new Error('permit office is closed'));
    }
    if (this.pending.has(request.permitId)) {
      return Promise.reject(new Error(`permit ${request.permitId} is already under review`));
    }
    const { promise, resolve, reject } = Promise.withResolvers<ReviewOutcome>();
    const expiry = setTimeout(() => this.expire(request.permitId), this.reviewWindowMs);
    this.pending.set(request.permitId, { request, resolve, reject, expiry });
    return promise;
  }

  decide(permitId: string, decision: PermitDecision, reviewer: string, notes = ''): boolean {
    const entry = this.take(permitId);
    if (!entry) return false;
    entry.resolve({ permitId, decision, reviewer, notes });
    return true;
  }

  listOpen(): DivePermitRequest[] {
    return [...this.pending.values()].map((p) => p.request);
  }

  shutdown(): void {
    this.closed = true;
    for (const permitId of [...this.pending.keys()]) {
      this.take(permitId)?.reject(new Error(`permit ${permitId} review cancelled: office closing`));
    }
  }

  private expire(permitId: string): void {
    this.take(permitId)?.reject(new Error(`permit ${permitId} was not reviewed within the window`));
  }

  private take(permitId: string): PendingReview | undefined {
    const entry = this.pending.get(permitId);
    if (!entry) return undefined;
    this.pending.delete(permitId);
    clearTimeout(entry.expiry);
    return entry;
  }
}

export function needsDeepReview(request: DivePermitRequest): boolean {
  return request.maxDepthMeters > 40 || request.diverIds.length > 6;
}
