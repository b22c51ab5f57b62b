// expect: none
// Each stored deferred is removed from the map before it is settled, so duplicate webhooks, the expiry timer and send failures settle it at most once.
export interface HoldRequest {
  holdId: string;
  artistId: string;
  clientId: string;
  startsAt: Date;
  durationMinutes: number;
  placement: string;
}

export interface Confirmation {
  holdId: string;
  artistId: string;
  depositCents: number;
  confirmedAt: Date;
}

export interface ArtistResponse {
  holdId: string;
  accepted: boolean;
  depositCents?: number;
  note?: string;
}

declare const artistInbox: {
  proposeHold(artistId: string, request: HoldRequest): Promise<void>;
};

declare const bookingLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

export class HoldDeclinedError extends Error {
  constructor(readonly holdId: string, readonly reason: string) {
    super(`hold ${holdId} declined: ${reason}`);
    this.name = 'HoldDeclinedError';
  }
}

interface PendingHold {
  request: HoldRequest;
  resolve: (confirmation: Confirmation) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class SlotHoldBroker {
  private readonly pending = new Map<string, PendingHold>();

  constructor(private readonly holdTtlMs = 15 * 60_000) {}

  requestHold(request: HoldRequest): Promise<Confirmation> {
    if (this.pending.has(request.holdId)) {
      return Promise.reject(new Error(`hold ${request.holdId} is already awaiting the artist`));
    }

    const { promise, resolve, reject } = Promise.withResolvers<Confirmation>();
    const timer = setTimeout(() => {
      this.fail(request.holdId, new HoldDeclinedError(request.holdId, 'artist did not answer in time'));
    }, this.holdTtlMs);
    this.pending.set(request.holdId, { request, resolve, reject, timer });

    artistInbox.proposeHold(request.artistId, request).catch((err: unknown) => {
      this.fail(request.holdId, err instanceof Error ? err : new Error(String(err)));
    });

    return promise;
  }

  handleArtistResponse(response: ArtistResponse): void {
    const entry = this.take(response.holdId);
    if (!entry) {
      bookingLog.info('ignoring response for settled hold', { holdId: response.holdId });
      return;
    }
    if (response.accepted) {
      entry.resolve({
        holdId: response.holdId,
        artistId: entry.request.artistId,
        depositCents: response.depositCents ?? 5000,
        confirmedAt: new Date(),
      });
    } else {
      entry.reject(new HoldDeclinedError(response.holdId, response.note ?? 'declined by artist'));
    }
  }

  cancelAll(reason: string): void {
    for (const holdId of [...this.pending.keys()]) {
      this.fail(holdId, new HoldDeclinedError(holdId, reason));
    }
  }

  get outstanding(): number {
    return this.pending.size;
  }

  private fail(holdId: string, error: Error): void {
    this.take(holdId)?.reject(error);
  }

  private take(holdId: string): PendingHold | undefined {
    const entry = this.pending.get(holdId);
    if (!entry) return undefined;
    this.pending.delete(holdId);
    clearTimeout(entry.timer);
    return entry;
  }
}
