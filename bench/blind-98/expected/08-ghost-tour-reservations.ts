// expect: none
// The fallback inside .catch calls backup.reserve(req) to start a fresh reservation on the other system rather than re-attaching to the failed promise, so a transient primary failure really gets a second attempt.
export interface ReservationRequest {
  tourId: string;
  date: string;
  party: number;
  leadGuest: string;
}

export interface Confirmation {
  reference: string;
  system: 'primary' | 'backup';
  meetingPoint: string;
}

export interface ReservationSystem {
  reserve(req: ReservationRequest): Promise<Confirmation>;
}

export class TransientError extends Error {
  constructor(message: string, readonly retryAfterMs?: number) {
    super(message);
    this.name = 'TransientError';
  }
}

function isTransient(err: unknown): boolean {
  return err instanceof TransientError || (err instanceof Error && /ECONNRESET|ETIMEDOUT/.test(err.message));
}

export class ReservationDesk {
  private readonly log: string[] = [];

  constructor(
    private readonly primary: ReservationSystem,
    private readonly backup: ReservationSystem,
  ) {}

  reserve(req: ReservationRequest): Promise<Confirmation> {
    return this.primary.reserve(req).catch((err: unknown) => {
      if (!isTransient(err)) throw err;
      this.log.push(`${new Date().toISOString()} primary failed for ${req.tourId}: ${String(err)}`);
      return this.backup.reserve(req);
    });
  }

  async reserveGroup(requests: readonly ReservationRequest[]): Promise<Confirmation[]> {
    const confirmations: Confirmation[] = [];
    for (const req of requests) {
      confirmations.push(await this.reserve(req));
    }
    return confirmations;
  }

  failoverLog(): readonly string[] {
    return this.log;
  }
}
