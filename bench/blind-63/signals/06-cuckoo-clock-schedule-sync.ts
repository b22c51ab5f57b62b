// expect: no-swallowed-abort
// syncMovement() wraps every failure, including the caller's AbortError, in a plain ChimeSyncError, so cancellation is reported as a sync fault.
export interface ChimeSchedule {
  movementId: string;
  quietHours: [number, number];
  chimeOnHalfHour: boolean;
  volume: number;
}

export interface SyncReport {
  synced: string[];
  failed: Array<{ movementId: string; reason: string }>;
}

export class ChimeSyncError extends Error {
  constructor(readonly movementId: string, message: string) {
    super(`movement ${movementId}: ${message}`);
    this.name = 'ChimeSyncError';
  }
}

declare const workshopConfig: {
  endpointFor(movementId: string): string;
};

function validateSchedule(s: ChimeSchedule): void {
  const [from, to] = s.quietHours;
  if (from < 0 || from > 23 || to < 0 || to > 23) {
    throw new RangeError(`quiet hours ${from}-${to} out of range`);
  }
  if (s.volume < 0 || s.volume > 10) {
    throw new RangeError(`volume ${s.volume} out of range`);
  }
}

async function syncMovement(schedule: ChimeSchedule, signal: AbortSignal): Promise<void> {
  try {
    validateSchedule(schedule);
    const res = await fetch(`${workshopConfig.endpointFor(schedule.movementId)}/schedule`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(schedule),
      signal,
    });
    if (!res.ok) {
      throw new Error(`controller answered ${res.status}`);
    }
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ChimeSyncError(schedule.movementId, reason);
  }
}

export async function syncWorkshop(schedules: ChimeSchedule[], signal: AbortSignal): Promise<SyncReport> {
  const report: SyncReport = { synced: [], failed: [] };
  for (const schedule of schedules) {
    signal.throwIfAborted();
    try {
      await syncMovement(schedule, signal);
      report.synced.push(schedule.movementId);
    } catch (err) {
      if (err instanceof ChimeSyncError) {
        report.failed.push({ movementId: err.movementId, reason: err.message });
        continue;
      }
      throw err;
    }
  }
  return report;
}
