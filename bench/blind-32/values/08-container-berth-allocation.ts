// expect: none
// latestEtas fills its map in the 'data' listener and reads it only inside the 'end' listener, after the stream has delivered everything; 'error' and early 'close' reject.
import type { Readable } from "node:stream";

export interface AisPosition {
  mmsi: string;
  vesselName: string;
  lengthM: number;
  draughtM: number;
  etaIso: string;
  reportedAt: number;
}

export interface Berth {
  berthId: string;
  maxLengthM: number;
  depthM: number;
  freeFrom: Date;
}

export interface Allocation {
  mmsi: string;
  vesselName: string;
  berthId: string;
  alongside: Date;
}

declare const aisFeed: {
  replay(sinceMs: number): Readable;
};

declare const portCall: {
  expectedVessels(): Promise<string[]>;
  berths(): Promise<Berth[]>;
  publish(allocations: Allocation[]): Promise<void>;
};

const UNDER_KEEL_CLEARANCE_M = 1.2;

function latestEtas(stream: Readable, wanted: Set<string>): Promise<Map<string, AisPosition>> {
  return new Promise<Map<string, AisPosition>>((resolve, reject) => {
    const latest = new Map<string, AisPosition>();
    stream.setEncoding("utf8");
    let carry = "";

    const onData = (chunk: string) => {
      const lines = (carry + chunk).split("\n");
      carry = lines.pop() ?? "";
      for (const line of lines) {
        if (!line) continue;
        let pos: AisPosition;
        try {
          pos = JSON.parse(line) as AisPosition;
        } catch {
          continue;
        }
        if (!wanted.has(pos.mmsi)) continue;
        const prev = latest.get(pos.mmsi);
        if (!prev || prev.reportedAt < pos.reportedAt) latest.set(pos.mmsi, pos);
      }
    };
    const cleanup = () => {
      stream.off("data", onData);
      stream.off("end", onEnd);
      stream.off("error", onError);
      stream.off("close", onClose);
    };
    const onEnd = () => {
      cleanup();
      resolve(latest);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onClose = () => {
      cleanup();
      reject(new Error("AIS replay closed before it finished"));
    };

    stream.on("data", onData);
    stream.once("end", onEnd);
    stream.once("error", onError);
    stream.once("close", onClose);
  });
}

function fits(berth: Berth, vessel: AisPosition): boolean {
  return vessel.lengthM <= berth.maxLengthM && vessel.draughtM + UNDER_KEEL_CLEARANCE_M <= berth.depthM;
}

export async function allocateBerths(windowHours = 48): Promise<Allocation[]> {
  const [expected, berths] = await Promise.all([portCall.expectedVessels(), portCall.berths()]);
  const positions = await latestEtas(aisFeed.replay(Date.now() - windowHours * 3_600_000), new Set(expected));

  const arrivals = [...positions.values()].sort((a, b) => Date.parse(a.etaIso) - Date.parse(b.etaIso));
  const freeAt = new Map(berths.map((b) => [b.berthId, b.freeFrom.getTime()]));
  const allocations: Allocation[] = [];

  for (const vessel of arrivals) {
    const eta = Date.parse(vessel.etaIso);
    const candidates = berths
      .filter((b) => fits(b, vessel))
      .sort((a, b) => Math.max(freeAt.get(a.berthId)!, eta) - Math.max(freeAt.get(b.berthId)!, eta));
    const berth = candidates[0];
    if (!berth) continue;
    const alongside = Math.max(freeAt.get(berth.berthId)!, eta);
    freeAt.set(berth.berthId, alongside + Math.ceil(vessel.lengthM / 10) * 3_600_000);
    allocations.push({ mmsi: vessel.mmsi, vesselName: vessel.vesselName, berthId: berth.berthId, alongside: new Date(alongside) });
  }

  await portCall.publish(allocations);
  return allocations;
}
