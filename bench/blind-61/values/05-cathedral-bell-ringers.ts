// expect: no-promise-as-value
// schedulePeal puts this.renderCallSheet(...) — an async render — into the published payload unawaited, so subscribers receive an empty object where the call sheet should be.
import { readFile } from "node:fs/promises";
import path from "node:path";

export interface PealRequest {
  towerId: string;
  method: string;
  changes: number;
  startsAt: string;
  conductor: string;
  band: string[];
}

export interface CallSheet {
  method: string;
  leads: number;
  calls: string[];
}

declare const notifier: {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
};
declare const towerDiary: {
  isFree(towerId: string, startsAt: string, minutes: number): Promise<boolean>;
  book(towerId: string, startsAt: string, minutes: number, label: string): Promise<string>;
};

const METHOD_DIR = process.env.METHOD_LIBRARY ?? "/srv/belfry/methods";
const CHANGES_PER_MINUTE = 28;

export function durationMinutes(changes: number, bells: number): number {
  const heavyTowerFactor = bells >= 10 ? 1.15 : 1;
  return Math.ceil((changes / CHANGES_PER_MINUTE) * heavyTowerFactor);
}

export class PealScheduler {
  private readonly sheets = new Map<string, CallSheet>();

  private async renderCallSheet(method: string, changes: number): Promise<CallSheet> {
    const key = `${method}:${changes}`;
    const cached = this.sheets.get(key);
    if (cached) return cached;

    const file = path.join(METHOD_DIR, `${method.toLowerCase().replace(/\s+/g, "-")}.txt`);
    const text = await readFile(file, "utf8");
    const [leadLine, ...callLines] = text.split("\n").filter((l) => l.trim() !== "");
    const changesPerLead = Number(leadLine);
    if (!Number.isFinite(changesPerLead) || changesPerLead <= 0) {
      throw new Error(`method file ${file} has no lead length on line 1`);
    }
    const sheet: CallSheet = {
      method,
      leads: Math.ceil(changes / changesPerLead),
      calls: callLines.map((l) => l.trim()),
    };
    this.sheets.set(key, sheet);
    return sheet;
  }

  async schedulePeal(req: PealRequest): Promise<string> {
    if (req.band.length < 6) {
      throw new Error(`a peal of ${req.method} needs at least 6 ringers, got ${req.band.length}`);
    }
    if (!req.band.includes(req.conductor)) {
      throw new Error(`conductor ${req.conductor} must ring in the band`);
    }
    const minutes = durationMinutes(req.changes, req.band.length);
    if (!(await towerDiary.isFree(req.towerId, req.startsAt, minutes))) {
      throw new Error(`tower ${req.towerId} is booked at ${req.startsAt}`);
    }

    const bookingId = await towerDiary.book(
      req.towerId,
      req.startsAt,
      minutes,
      `${req.changes} ${req.method}`,
    );

    await notifier.publish("peal.scheduled", {
      bookingId,
      towerId: req.towerId,
      startsAt: req.startsAt,
      minutes,
      conductor: req.conductor,
      band: req.band.map((name, i) => ({ bell: i + 1, name })),
      callSheet: this.renderCallSheet(req.method, req.changes),
    });
    return bookingId;
  }
}
