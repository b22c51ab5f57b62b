// expect: none
// Correct: log lines are consumed with for await, per-machine work runs in Promise.all(map(async)), and forEach is only used with synchronous callbacks.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface StrokeEvent {
  machineId: string;
  at: number;
  forceN: number;
  moisturePct: number;
}

export interface MachineShift {
  machineId: string;
  strokes: number;
  meanForceN: number;
  dryBatches: number;
  maintenanceDue: boolean;
}

declare const maintenance: {
  strokesSinceService(machineId: string): Promise<number>;
  schedule(machineId: string, reason: string): Promise<void>;
};

const SERVICE_INTERVAL_STROKES = 40_000;
const DRY_MOISTURE_PCT = 38;

function parseLine(line: string): StrokeEvent | null {
  const [machineId, at, force, moisture] = line.split('\t');
  if (!machineId || !at) return null;
  const forceN = Number(force);
  const moisturePct = Number(moisture);
  if (!Number.isFinite(forceN) || !Number.isFinite(moisturePct)) return null;
  return { machineId, at: Number(at), forceN, moisturePct };
}

async function readStrokes(logPath: string): Promise<Map<string, StrokeEvent[]>> {
  const byMachine = new Map<string, StrokeEvent[]>();
  const rl = createInterface({ input: createReadStream(logPath, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    const event = parseLine(line);
    if (!event) continue;
    const list = byMachine.get(event.machineId) ?? [];
    list.push(event);
    byMachine.set(event.machineId, list);
  }
  return byMachine;
}

export async function shiftReport(logPath: string): Promise<MachineShift[]> {
  const byMachine = await readStrokes(logPath);

  const shifts = await Promise.all(
    [...byMachine].map(async ([machineId, events]) => {
      const sinceService = await maintenance.strokesSinceService(machineId);
      let forceTotal = 0;
      let dryBatches = 0;
      events.forEach((e, i) => {
        forceTotal += e.forceN;
        // A batch is ~120 strokes; sample moisture at the end of each.
        if (i % 120 === 119 && e.moisturePct < DRY_MOISTURE_PCT) dryBatches += 1;
      });
      const shift: MachineShift = {
        machineId,
        strokes: events.length,
        meanForceN: Math.round(forceTotal / Math.max(1, events.length)),
        dryBatches,
        maintenanceDue: sinceService + events.length >= SERVICE_INTERVAL_STROKES,
      };
      return shift;
    }),
  );

  for (const shift of shifts) {
    if (shift.maintenanceDue) {
      await maintenance.schedule(shift.machineId, `passed ${SERVICE_INTERVAL_STROKES} strokes`);
    }
  }

  return shifts.sort((a, b) => a.machineId.localeCompare(b.machineId));
}
