// expect: no-swallowed-abort
// The catch around fetch rewrites every failure, the caller's abort included, as a HoldsUnavailableError with no cause, so a cancelled request looks like an outage.
export interface HoldRequest {
  patronId: string;
  itemId: string;
  pickupBranch: string;
  notBefore?: Date;
}

export interface HoldConfirmation {
  holdId: string;
  queuePosition: number;
  estimatedReadyDate: string | null;
}

export class HoldsUnavailableError extends Error {
  readonly retryable = true;
  constructor(message: string) {
    super(message);
    this.name = 'HoldsUnavailableError';
  }
}

export class HoldRejectedError extends Error {
  constructor(
    readonly reason: 'limit-reached' | 'already-held' | 'item-not-holdable' | 'blocked',
    message: string,
  ) {
    super(message);
    this.name = 'HoldRejectedError';
  }
}

interface IlsErrorBody {
  code: string;
  detail?: string;
}

const REJECTION_CODES: Record<string, HoldRejectedError['reason']> = {
  HOLD_LIMIT: 'limit-reached',
  DUPLICATE_HOLD: 'already-held',
  NOT_HOLDABLE: 'item-not-holdable',
  PATRON_BLOCKED: 'blocked',
};

export class HoldsClient {
  constructor(
    private readonly ilsBaseUrl: string,
    private readonly token: () => Promise<string>,
  ) {}

  async placeHold(request: HoldRequest, opts: { signal?: AbortSignal } = {}): Promise<HoldConfirmation> {
    const url = new URL(`/patrons/${encodeURIComponent(request.patronId)}/holds`, this.ilsBaseUrl);
    const body = JSON.stringify({
      item_id: request.itemId,
      pickup_location: request.pickupBranch,
      not_needed_before: request.notBefore?.toISOString().slice(0, 10),
    });

    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await this.token()}`,
          'content-type': 'application/json',
        },
        body,
        signal: opts.signal,
      });
    } catch {
      throw new HoldsUnavailableError(`catalogue unreachable while placing hold on ${request.itemId}`);
    }

    if (res.status === 201) {
      const json = (await res.json()) as { hold_id: string; queue_position: number; ready_estimate?: string };
      return {
        holdId: json.hold_id,
        queuePosition: json.queue_position,
        estimatedReadyDate: json.ready_estimate ?? null,
      };
    }

    if (res.status === 409 || res.status === 422) {
      const err = (await res.json()) as IlsErrorBody;
      const reason = REJECTION_CODES[err.code] ?? 'item-not-holdable';
      throw new HoldRejectedError(reason, err.detail ?? `hold rejected: ${err.code}`);
    }

    throw new HoldsUnavailableError(`catalogue returned ${res.status} for hold on ${request.itemId}`);
  }
}
