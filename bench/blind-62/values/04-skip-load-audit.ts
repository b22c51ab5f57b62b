// expect: no-read-before-settle
// the overload counters are filled by readline 'line' events but the audit object is built right after wiring the listener, before any line has been read
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

export interface SkipTrip {
  shaft: string;
  at: Date;
  fromLevel: string;
  toLevel: string;
  loadKg: number;
}

export interface LoadAudit {
  file: string;
  trips: number;
  overloads: SkipTrip[];
  heaviestKg: number;
}

declare const mineRegistry: {
  ratedLoadKg(shaft: string): number;
};
declare const safetyOffice: {
  file(report: LoadAudit): Promise<void>;
};

function parseTrip(line: string): SkipTrip | null {
  const m = /^(\S+)\s+(\S+)\s+(\S+)->(\S+)\s+(\d+(?:\.\d+)?)kg$/.exec(line.trim());
  if (!m) return null;
  const at = new Date(m[2]);
  if (Number.isNaN(at.getTime())) return null;
  return { shaft: m[1], at, fromLevel: m[3], toLevel: m[4], loadKg: Number(m[5]) };
}

export function auditHoistLog(file: string): { audit: LoadAudit; done: Promise<void> } {
  const input = createReadStream(file, { encoding: "utf8" });
  const rl = createInterface({ input, crlfDelay: Infinity });

  let trips = 0;
  let heaviestKg = 0;
  const overloads: SkipTrip[] = [];

  rl.on("line", (line) => {
    const trip = parseTrip(line);
    if (!trip) return;
    trips++;
    heaviestKg = Math.max(heaviestKg, trip.loadKg);
    if (trip.loadKg > mineRegistry.ratedLoadKg(trip.shaft)) overloads.push(trip);
  });

  const done = new Promise<void>((resolve, reject) => {
    const onClose = () => {
      input.off("error", onError);
      resolve();
    };
    const onError = (err: Error) => {
      rl.off("close", onClose);
      rl.close();
      reject(err);
    };
    rl.once("close", onClose);
    input.once("error", onError);
  });

  const audit: LoadAudit = { file, trips, overloads, heaviestKg };
  return { audit, done };
}

export async function fileMonthlyAudit(file: string): Promise<LoadAudit> {
  const { audit, done } = auditHoistLog(file);
  await done;
  if (audit.overloads.length > 0 || audit.trips === 0) {
    await safetyOffice.file(audit);
  }
  return audit;
}

export function overloadsByShaft(audit: LoadAudit): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of audit.overloads) out.set(t.shaft, (out.get(t.shaft) ?? 0) + 1);
  return out;
}
