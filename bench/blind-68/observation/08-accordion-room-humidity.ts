// expect: none
// Correct: all rooms are validated before any humidifier command starts, and every started command is awaited together by Promise.all.
export interface TuningRoom {
  id: string;
  rhPct: number;
  tempC: number;
  instrumentsOnBench: number;
  doorOpen: boolean;
}

export interface HumidifierCommand {
  roomId: string;
  targetRhPct: number;
  rampMinutes: number;
}

declare const roomSensors: {
  snapshot(): Promise<TuningRoom[]>;
};

declare const humidifiers: {
  apply(cmd: HumidifierCommand): Promise<{ roomId: string; acceptedAt: string }>;
};

declare const bench: {
  pauseTuning(roomId: string, reason: string): Promise<void>;
};

// Reed leather valves curl below ~40% RH; wax holding the reed blocks softens above ~26 °C.
const TARGET_RH = 50;
const MAX_TEMP_C = 26;

export class RoomCheckError extends Error {
  constructor(readonly roomIds: string[]) {
    super(`rooms not ready for humidity control: ${roomIds.join(', ')}`);
  }
}

function plan(room: TuningRoom): HumidifierCommand | null {
  const delta = TARGET_RH - room.rhPct;
  if (Math.abs(delta) < 3) return null;
  // Slow ramps when instruments are on the bench so the reeds settle evenly.
  const rampMinutes = room.instrumentsOnBench > 0 ? Math.ceil(Math.abs(delta) * 6) : 15;
  return { roomId: room.id, targetRhPct: TARGET_RH, rampMinutes };
}

export async function balanceHumidity(): Promise<{ adjusted: string[]; skipped: string[] }> {
  const rooms = await roomSensors.snapshot();

  const notReady = rooms.filter((r) => r.doorOpen || r.tempC > MAX_TEMP_C).map((r) => r.id);
  if (notReady.length > 0) {
    await Promise.all(notReady.map((id) => bench.pauseTuning(id, 'climate out of range')));
    throw new RoomCheckError(notReady);
  }

  const commands: HumidifierCommand[] = [];
  const skipped: string[] = [];
  for (const room of rooms) {
    const cmd = plan(room);
    if (cmd) commands.push(cmd);
    else skipped.push(room.id);
  }

  const pending: Promise<{ roomId: string; acceptedAt: string }>[] = [];
  for (const cmd of commands) {
    pending.push(humidifiers.apply(cmd));
  }
  const accepted = await Promise.all(pending);

  return { adjusted: accepted.map((a) => a.roomId), skipped };
}
