// expect: none
// The race between the lock request and a deadline clears the timer and aborts the request in finally, so neither loser outlives the race.
export interface HallDoor {
  hall: 'studio-a' | 'studio-b' | 'main-stage';
  doorId: string;
  controllerUrl: string;
}

export interface LockResult {
  doorId: string;
  locked: boolean;
  confirmedAt: Date;
}

declare const buildingLog: {
  warn(msg: string, fields?: Record<string, unknown>): void;
};

export class DoorTimeoutError extends Error {
  constructor(doorId: string, ms: number) {
    super(`door ${doorId} did not confirm within ${ms} ms`);
    this.name = 'DoorTimeoutError';
  }
}

async function requestLock(door: HallDoor, locked: boolean, signal: AbortSignal): Promise<LockResult> {
  const res = await fetch(`${door.controllerUrl}/doors/${door.doorId}/lock`, {
    method: 'PUT',
    body: JSON.stringify({ locked }),
    headers: { 'content-type': 'application/json' },
    signal,
  });
  if (!res.ok) throw new Error(`door controller answered ${res.status} for ${door.doorId}`);
  const body = (await res.json()) as { locked: boolean; at: string };
  return { doorId: door.doorId, locked: body.locked, confirmedAt: new Date(body.at) };
}

export async function setDoorLock(
  door: HallDoor,
  locked: boolean,
  timeoutMs: number,
  outer?: AbortSignal,
): Promise<LockResult> {
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  if (outer?.aborted) controller.abort(outer.reason);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DoorTimeoutError(door.doorId, timeoutMs)), timeoutMs);
  });

  try {
    return await Promise.race([requestLock(door, locked, controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

export async function lockHallForRehearsal(
  doors: HallDoor[],
  hall: HallDoor['hall'],
  signal?: AbortSignal,
): Promise<LockResult[]> {
  const hallDoors = doors.filter((d) => d.hall === hall);
  if (hallDoors.length === 0) throw new Error(`no doors registered for ${hall}`);
  const results = await Promise.all(hallDoors.map((door) => setDoorLock(door, true, 4_000, signal)));
  const unlocked = results.filter((r) => !r.locked);
  if (unlocked.length > 0) {
    buildingLog.warn('doors reported unlocked after lock request', { doors: unlocked.map((r) => r.doorId) });
  }
  return results;
}
