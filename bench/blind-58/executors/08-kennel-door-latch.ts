// expect: no-multiple-settle
// closeRunDoor never clears its timeout, so after 'latched' or 'jammed' settles the promise the timer still fires and rejects it a second time.
import { EventEmitter } from "node:events";

export interface KennelDoor extends EventEmitter {
  readonly runId: string;
  command(action: "open" | "close" | "lock"): void;
}

export interface HoundRecord {
  name: string;
  runId: string;
  lastWalk: Date;
}

declare const kennelLog: {
  append(entry: { runId: string; event: string; at: Date }): Promise<void>;
};

declare const doors: {
  forRun(runId: string): KennelDoor;
};

export class DoorTimeoutError extends Error {
  constructor(readonly runId: string, readonly timeoutMs: number) {
    super(`door for run ${runId} did not latch within ${timeoutMs}ms`);
    this.name = "DoorTimeoutError";
  }
}

export class DoorJammedError extends Error {
  constructor(readonly runId: string, readonly sensor: string) {
    super(`door for run ${runId} jammed (sensor ${sensor})`);
    this.name = "DoorJammedError";
  }
}

export function closeRunDoor(door: KennelDoor, timeoutMs = 8000): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onLatched = () => {
      door.off("jammed", onJammed);
      resolve();
    };
    const onJammed = (sensor: string) => {
      door.off("latched", onLatched);
      reject(new DoorJammedError(door.runId, sensor));
    };
    setTimeout(() => {
      door.off("latched", onLatched);
      door.off("jammed", onJammed);
      reject(new DoorTimeoutError(door.runId, timeoutMs));
    }, timeoutMs);
    door.once("latched", onLatched);
    door.once("jammed", onJammed);
    door.command("close");
  });
}

export async function secureHoundsForNight(hounds: HoundRecord[]): Promise<string[]> {
  const unsecured: string[] = [];
  const runIds = [...new Set(hounds.map((h) => h.runId))].sort();
  for (const runId of runIds) {
    const door = doors.forRun(runId);
    try {
      await closeRunDoor(door);
      door.command("lock");
      await kennelLog.append({ runId, event: "locked-for-night", at: new Date() });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      await kennelLog.append({ runId, event: `lock-failed: ${reason}`, at: new Date() });
      unsecured.push(runId);
    }
  }
  return unsecured;
}
