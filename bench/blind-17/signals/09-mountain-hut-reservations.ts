// expect: no-swallowed-abort
// holdBeds wraps every unexpected failure, including the AbortError from a cancelled request, in a plain HutServiceError, so callers can no longer tell a user cancellation from an outage.
export interface ReservationRequest {
  hutId: string;
  arrival: string;
  nights: number;
  guests: Array<{ name: string; alpineClubNo?: string }>;
  halfBoard: boolean;
  signal: AbortSignal;
}

export interface Hold {
  holdId: string;
  expiresAt: string;
  pricePerNightEur: number;
}

declare class HutApiError extends Error {
  readonly status: number;
  readonly body: unknown;
}

declare const hutApi: {
  availability(hutId: string, arrival: string, nights: number, opts: { signal?: AbortSignal }): Promise<{ freeBeds: number }>;
  createHold(
    payload: { hutId: string; arrival: string; nights: number; beds: number; halfBoard: boolean; members: number },
    opts: { signal?: AbortSignal },
  ): Promise<Hold>;
};

export class BedsUnavailableError extends Error {
  constructor(
    readonly hutId: string,
    readonly requested: number,
    readonly free: number,
  ) {
    super(`only ${free} of ${requested} beds free at ${hutId}`);
    this.name = 'BedsUnavailableError';
  }
}

export class HutServiceError extends Error {
  constructor(
    message: string,
    readonly hutId: string,
  ) {
    super(message);
    this.name = 'HutServiceError';
  }
}

export async function holdBeds(req: ReservationRequest): Promise<Hold> {
  const beds = req.guests.length;
  const members = req.guests.filter((g) => g.alpineClubNo).length;

  try {
    const { freeBeds } = await hutApi.availability(req.hutId, req.arrival, req.nights, { signal: req.signal });
    if (freeBeds < beds) {
      throw new BedsUnavailableError(req.hutId, beds, freeBeds);
    }

    return await hutApi.createHold(
      {
        hutId: req.hutId,
        arrival: req.arrival,
        nights: req.nights,
        beds,
        halfBoard: req.halfBoard,
        members,
      },
      { signal: req.signal },
    );
  } catch (err) {
    if (err instanceof BedsUnavailableError) throw err;
    if (err instanceof HutApiError && err.status === 409) {
      // Someone else grabbed the beds between the availability check and the hold.
      throw new BedsUnavailableError(req.hutId, beds, 0);
    }
    throw new HutServiceError('Hut booking service is currently unavailable', req.hutId);
  }
}
