// expect: no-multiple-settle
// The readSplits callback rejects on error but does not return, so it falls through and also resolves with an empty split list.
export interface GateSplit {
  bib: number;
  gate: 'inrun' | 'takeoff' | 'landing';
  timestampUs: number;
}

export interface JumpTiming {
  bib: number;
  inrunSpeedKmh: number;
  airtimeMs: number;
}

declare const gateController: {
  readSplits(hill: string, round: number, callback: (err: Error | null, raw?: Buffer) => void): void;
};
declare const timingLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

const EMPTY_FRAME = Buffer.alloc(0);
const RECORD_BYTES = 13;
const SPEED_TRAP_METRES = 10;
const GATE_CODES: Record<number, GateSplit['gate']> = { 1: 'inrun', 2: 'takeoff', 3: 'landing' };

export class GateReadError extends Error {
  constructor(
    readonly hill: string,
    readonly round: number,
    cause: Error,
  ) {
    super(`could not read gate splits for ${hill} round ${round}: ${cause.message}`, { cause });
  }
}

function decodeSplits(frame: Buffer): GateSplit[] {
  const splits: GateSplit[] = [];
  for (let offset = 0; offset + RECORD_BYTES <= frame.length; offset += RECORD_BYTES) {
    const gate = GATE_CODES[frame.readUInt8(offset + 4)];
    if (!gate) continue;
    splits.push({
      bib: frame.readUInt32BE(offset),
      gate,
      timestampUs: Number(frame.readBigUInt64BE(offset + 5)),
    });
  }
  return splits;
}

function fetchSplits(hill: string, round: number): Promise<GateSplit[]> {
  return new Promise<GateSplit[]>((resolve, reject) => {
    gateController.readSplits(hill, round, (err, raw) => {
      if (err) {
        timingLog.warn('gate controller read failed', { hill, round, code: (err as NodeJS.ErrnoException).code });
        reject(new GateReadError(hill, round, err));
      }
      resolve(decodeSplits(raw ?? EMPTY_FRAME));
    });
  });
}

function toTimings(splits: GateSplit[]): JumpTiming[] {
  const byBib = new Map<number, Partial<Record<GateSplit['gate'], number>>>();
  for (const split of splits) {
    const entry = byBib.get(split.bib) ?? {};
    entry[split.gate] = split.timestampUs;
    byBib.set(split.bib, entry);
  }
  const timings: JumpTiming[] = [];
  for (const [bib, gates] of byBib) {
    if (gates.inrun === undefined || gates.takeoff === undefined || gates.landing === undefined) continue;
    const trapSeconds = (gates.takeoff - gates.inrun) / 1_000_000;
    timings.push({
      bib,
      inrunSpeedKmh: Math.round((SPEED_TRAP_METRES / trapSeconds) * 3.6 * 10) / 10,
      airtimeMs: Math.round((gates.landing - gates.takeoff) / 1000),
    });
  }
  return timings.sort((a, b) => a.bib - b.bib);
}

export async function timingsForRound(hill: string, round: number): Promise<JumpTiming[]> {
  const splits = await fetchSplits(hill, round);
  return toTimings(splits);
}
