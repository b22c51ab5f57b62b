// expect: no-swallowed-abort
// syncCrew() wraps every failure, including the AbortError raised when the caller cancels, in a generic "sync failed" Error, so syncAll()'s AbortError check never matches: a cancelled run keeps going, records every remaining crew as failed and pages the contractor for each.
export interface ShearingCrew {
  id: string;
  contractor: string;
  gangs: Array<{ name: string; stands: number }>;
}

export interface FarmBooking {
  farm: string;
  crewId: string;
  startDate: string;
  mob: number;
}

export interface ContractorApi {
  crew(id: string, opts: { signal: AbortSignal }): Promise<ShearingCrew>;
  bookings(crewId: string, opts: { signal: AbortSignal }): Promise<FarmBooking[]>;
}

export interface LocalRoster {
  replace(crew: ShearingCrew, bookings: FarmBooking[]): void;
}

export class CrewSyncError extends Error {
  constructor(readonly crewId: string, options?: ErrorOptions) {
    super(`sync failed for crew ${crewId}`, options);
    this.name = 'CrewSyncError';
  }
}

export async function syncCrew(
  api: ContractorApi,
  roster: LocalRoster,
  crewId: string,
  signal: AbortSignal,
): Promise<number> {
  try {
    const crew = await api.crew(crewId, { signal });
    const bookings = await api.bookings(crewId, { signal });
    const upcoming = bookings.filter((b) => b.startDate >= new Date().toISOString().slice(0, 10));
    roster.replace(crew, upcoming);
    return upcoming.length;
  } catch (err) {
    throw new CrewSyncError(crewId, { cause: err });
  }
}

export interface SyncOutcome {
  synced: Record<string, number>;
  failed: string[];
}

export async function syncAll(
  api: ContractorApi,
  roster: LocalRoster,
  crewIds: string[],
  signal: AbortSignal,
  page: (message: string) => void,
): Promise<SyncOutcome> {
  const outcome: SyncOutcome = { synced: {}, failed: [] };
  for (const id of crewIds) {
    try {
      outcome.synced[id] = await syncCrew(api, roster, id, signal);
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      outcome.failed.push(id);
      page(`Crew ${id} roster sync failed: ${String(err)}`);
    }
  }
  return outcome;
}
