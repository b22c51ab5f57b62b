// expect: none
// queryClock returns right after reject, clears its timer on every path and ignores a late driver callback via a done flag, so it settles once.
export interface ClockFrame {
  command: number;
  payload: Buffer;
}

export interface ArrivalRecord {
  ringNumber: string;
  loft: string;
  arrivedAt: Date;
  antennaPad: number;
}

declare const clockPort: {
  readonly path: string;
  transact(frame: ClockFrame, cb: (err: Error | null, reply?: ClockFrame) => void): void;
};

declare const raceRegistry: {
  ringsForRace(raceId: string): Promise<string[]>;
  storeArrivals(raceId: string, arrivals: ArrivalRecord[]): Promise<void>;
};

const CMD_READ_ARRIVAL = 0x21;
const CMD_ACK = 0x06;
const CMD_NOT_FOUND = 0x15;
const CLOCK_TIMEOUT_MS = 2_500;

export class ClockTimeoutError extends Error {
  constructor(readonly ringNumber: string) {
    super(`clock on ${clockPort.path} did not answer for ring ${ringNumber}`);
    this.name = "ClockTimeoutError";
  }
}

function encodeRing(ringNumber: string): Buffer {
  return Buffer.from(ringNumber.replace(/[^A-Z0-9-]/gi, "").toUpperCase(), "ascii");
}

function decodeArrival(ringNumber: string, reply: ClockFrame): ArrivalRecord {
  const epochSeconds = reply.payload.readUInt32BE(0);
  const hundredths = reply.payload.readUInt8(4);
  const pad = reply.payload.readUInt8(5);
  const loft = reply.payload.subarray(6).toString("ascii").trim();
  return {
    ringNumber,
    loft,
    arrivedAt: new Date(epochSeconds * 1000 + hundredths * 10),
    antennaPad: pad,
  };
}

function queryClock(ringNumber: string): Promise<ArrivalRecord | null> {
  return new Promise<ArrivalRecord | null>((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => {
      done = true;
      reject(new ClockTimeoutError(ringNumber));
    }, CLOCK_TIMEOUT_MS);

    clockPort.transact({ command: CMD_READ_ARRIVAL, payload: encodeRing(ringNumber) }, (err, reply) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (err) {
        reject(err);
        return;
      }
      if (!reply || reply.command === CMD_NOT_FOUND) {
        resolve(null);
        return;
      }
      if (reply.command !== CMD_ACK) {
        reject(new Error(`unexpected clock reply 0x${reply.command.toString(16)} for ${ringNumber}`));
        return;
      }
      try {
        resolve(decodeArrival(ringNumber, reply));
      } catch (decodeErr) {
        reject(decodeErr);
      }
    });
  });
}

export async function downloadRace(raceId: string): Promise<{ arrived: number; missing: string[] }> {
  const rings = await raceRegistry.ringsForRace(raceId);
  const arrivals: ArrivalRecord[] = [];
  const missing: string[] = [];
  for (const ring of rings) {
    const record = await queryClock(ring);
    if (record) arrivals.push(record);
    else missing.push(ring);
  }
  arrivals.sort((a, b) => a.arrivedAt.getTime() - b.arrivedAt.getTime());
  await raceRegistry.storeArrivals(raceId, arrivals);
  return { arrived: arrivals.length, missing };
}
