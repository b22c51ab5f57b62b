// expect: no-multiple-settle
// readBerthFrame's callback calls reject(err) without returning, then falls through to decode and resolve on the same error path.
export interface BerthStatus {
  berthId: string;
  fenderCompressionMm: number;
  mooringTensionKn: [number, number, number, number];
  vesselPresent: boolean;
  sampledAt: number;
}

type FrameCallback = (err: Error | null, frame: Buffer) => void;

declare const berthBus: {
  requestFrame(berthId: string, register: number, cb: FrameCallback): void;
};

declare const harbourOps: {
  raiseAlarm(berthId: string, reason: string): Promise<void>;
  recordStatus(status: BerthStatus): Promise<void>;
};

const STATUS_REGISTER = 0x40;
const MAX_FENDER_COMPRESSION_MM = 420;
const MAX_LINE_TENSION_KN = 180;

function decodeStatusFrame(berthId: string, frame: Buffer): BerthStatus {
  if (frame.length < 22) {
    throw new RangeError(`Short status frame from ${berthId}: ${frame.length} bytes`);
  }
  return {
    berthId,
    fenderCompressionMm: frame.readUInt16BE(0),
    mooringTensionKn: [
      frame.readFloatBE(2),
      frame.readFloatBE(6),
      frame.readFloatBE(10),
      frame.readFloatBE(14),
    ],
    vesselPresent: frame.readUInt8(18) === 1,
    sampledAt: Date.now(),
  };
}

function readBerthFrame(berthId: string): Promise<BerthStatus> {
  return new Promise<BerthStatus>((resolve, reject) => {
    berthBus.requestFrame(berthId, STATUS_REGISTER, (err, frame) => {
      if (err) {
        reject(new Error(`Berth ${berthId} did not answer status request`, { cause: err }));
      }
      try {
        resolve(decodeStatusFrame(berthId, frame));
      } catch (decodeErr) {
        reject(decodeErr);
      }
    });
  });
}

function assessMooring(status: BerthStatus): string | undefined {
  if (!status.vesselPresent) return undefined;
  if (status.fenderCompressionMm > MAX_FENDER_COMPRESSION_MM) {
    return `fender compression ${status.fenderCompressionMm} mm`;
  }
  const worst = Math.max(...status.mooringTensionKn);
  if (worst > MAX_LINE_TENSION_KN) {
    return `mooring line tension ${worst.toFixed(1)} kN`;
  }
  return undefined;
}

export async function pollBerths(berthIds: readonly string[]): Promise<Map<string, BerthStatus>> {
  const statuses = new Map<string, BerthStatus>();

  for (const berthId of berthIds) {
    const status = await readBerthFrame(berthId);
    statuses.set(berthId, status);
    await harbourOps.recordStatus(status);

    const problem = assessMooring(status);
    if (problem) {
      await harbourOps.raiseAlarm(berthId, problem);
    }
  }

  return statuses;
}
