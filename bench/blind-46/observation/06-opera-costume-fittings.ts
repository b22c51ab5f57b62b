// expect: no-unobserved-promise
// bookFittingBlock starts the room holds, then throws on a rehearsal clash, leaving the hold promises with no handler if they reject.
export interface FittingRequest {
  performer: string;
  costume: string;
  room: 'cutting-room' | 'fitting-1' | 'fitting-2' | 'millinery';
  start: Date;
  minutes: number;
}

export interface RehearsalCall {
  performer: string;
  start: Date;
  end: Date;
  scene: string;
}

export interface RoomHold {
  holdId: string;
  room: FittingRequest['room'];
  start: Date;
  end: Date;
}

declare const studioCalendar: {
  hold(room: FittingRequest['room'], start: Date, end: Date, note: string): Promise<RoomHold>;
  confirm(holdIds: string[]): Promise<void>;
  releaseAll(holdIds: string[]): Promise<void>;
};

declare const stageManagement: {
  callsFor(productionId: string, day: string): Promise<RehearsalCall[]>;
};

export class RehearsalClash extends Error {
  constructor(readonly clashes: Array<{ performer: string; scene: string }>) {
    super(`fittings clash with rehearsal calls: ${clashes.map((c) => `${c.performer} (${c.scene})`).join(', ')}`);
    this.name = 'RehearsalClash';
  }
}

function endOf(request: FittingRequest): Date {
  return new Date(request.start.getTime() + request.minutes * 60_000);
}

function findClashes(requests: FittingRequest[], calls: RehearsalCall[]): Array<{ performer: string; scene: string }> {
  const clashes: Array<{ performer: string; scene: string }> = [];
  for (const req of requests) {
    const end = endOf(req);
    for (const call of calls) {
      if (call.performer !== req.performer) continue;
      if (req.start < call.end && call.start < end) clashes.push({ performer: req.performer, scene: call.scene });
    }
  }
  return clashes;
}

export async function bookFittingBlock(productionId: string, day: string, requests: FittingRequest[]): Promise<RoomHold[]> {
  const calls = await stageManagement.callsFor(productionId, day);

  const pendingHolds = requests.map((req) =>
    studioCalendar.hold(req.room, req.start, endOf(req), `${req.performer}: ${req.costume}`),
  );

  const clashes = findClashes(requests, calls);
  if (clashes.length > 0) {
    throw new RehearsalClash(clashes);
  }

  const holds = await Promise.all(pendingHolds);
  try {
    await studioCalendar.confirm(holds.map((h) => h.holdId));
  } catch (err) {
    await studioCalendar.releaseAll(holds.map((h) => h.holdId));
    throw err;
  }
  return holds;
}

export function roomUtilisation(holds: RoomHold[]): Record<string, number> {
  const minutes: Record<string, number> = {};
  for (const h of holds) {
    minutes[h.room] = (minutes[h.room] ?? 0) + (h.end.getTime() - h.start.getTime()) / 60_000;
  }
  return minutes;
}
