// expect: none
// pollUntil receives a probe factory and calls it each round; the callbacks stored in the schedule are meant to be functions and are invoked when due.
import { setTimeout as sleep } from "node:timers/promises";

export interface AutoBelayUnit {
  unitId: string;
  wall: string;
  retractionSpeedMps: number;
  webbingWearPct: number;
  lastInspected: string;
}

declare const belayTelemetry: {
  read(unitId: string): Promise<AutoBelayUnit>;
  lockout(unitId: string, reason: string): Promise<void>;
};

export async function pollUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { tries = 5, intervalMs = 1_000 } = {},
): Promise<T> {
  let value = await probe();
  for (let i = 1; i < tries && !done(value); i++) {
    await sleep(intervalMs);
    value = await probe();
  }
  return value;
}

type Task = { due: number; run: () => Promise<void> };

export class InspectionSchedule {
  private readonly tasks: Task[] = [];

  add(due: number, run: () => Promise<void>): void {
    this.tasks.push({ due, run });
    this.tasks.sort((a, b) => a.due - b.due);
  }

  async runDue(now = Date.now()): Promise<number> {
    let ran = 0;
    while (this.tasks.length && this.tasks[0].due <= now) {
      const task = this.tasks.shift()!;
      await task.run();
      ran += 1;
    }
    return ran;
  }
}

export async function inspectUnit(unitId: string): Promise<"ok" | "locked"> {
  const unit = await pollUntil(
    () => belayTelemetry.read(unitId),
    (u) => u.retractionSpeedMps > 0,
    { tries: 3, intervalMs: 500 },
  );
  if (unit.webbingWearPct >= 70) {
    await belayTelemetry.lockout(unitId, `webbing wear ${unit.webbingWearPct}%`);
    return "locked";
  }
  if (unit.retractionSpeedMps < 0.5 || unit.retractionSpeedMps > 2) {
    await belayTelemetry.lockout(unitId, `retraction ${unit.retractionSpeedMps} m/s out of range`);
    return "locked";
  }
  return "ok";
}

export function scheduleNightly(schedule: InspectionSchedule, unitIds: string[], start: number): void {
  unitIds.forEach((id, i) => {
    schedule.add(start + i * 60_000, async () => {
      await inspectUnit(id);
    });
  });
}
