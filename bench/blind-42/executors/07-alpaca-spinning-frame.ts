// expect: no-multiple-settle
// readyForLot's one-shot status callback settles for 'ready', 'fault' and 'offline' but not for 'warming', so that path never settles.
export type FrameState = 'ready' | 'warming' | 'fault' | 'offline';

export interface FrameStatus {
  frameId: string;
  state: FrameState;
  spindleRpm: number;
  twistPerMetre: number;
  faultCode?: string;
}

export interface FleeceLot {
  lotId: string;
  micron: number;
  colour: 'white' | 'fawn' | 'brown' | 'grey' | 'black';
  kilograms: number;
}

export interface SpindleSetup {
  frameId: string;
  lotId: string;
  rpm: number;
  twistPerMetre: number;
}

declare const mill: {
  queryStatus(frameId: string, cb: (err: Error | null, status: FrameStatus) => void): void;
  framesOnFloor(): string[];
  assign(frameId: string, setup: SpindleSetup): Promise<void>;
};

export class FrameUnavailableError extends Error {
  constructor(readonly frameId: string, readonly reason: string) {
    super(`spinning frame ${frameId} unavailable: ${reason}`);
    this.name = 'FrameUnavailableError';
  }
}

function setupFor(lot: FleeceLot, status: FrameStatus): SpindleSetup {
  // Finer baby-alpaca fibre needs more twist and a gentler spindle speed.
  const twist = lot.micron < 22 ? 620 : lot.micron < 26 ? 540 : 460;
  const rpm = Math.min(status.spindleRpm, lot.micron < 22 ? 7_500 : 9_000);
  return { frameId: status.frameId, lotId: lot.lotId, rpm, twistPerMetre: twist };
}

export function readyForLot(frameId: string, lot: FleeceLot): Promise<SpindleSetup> {
  return new Promise<SpindleSetup>((resolve, reject) => {
    mill.queryStatus(frameId, (err, status) => {
      if (err) {
        reject(err);
        return;
      }
      switch (status.state) {
        case 'ready':
          resolve(setupFor(lot, status));
          break;
        case 'fault':
          reject(new FrameUnavailableError(frameId, `fault ${status.faultCode ?? 'unknown'}`));
          break;
        case 'offline':
          reject(new FrameUnavailableError(frameId, 'offline'));
          break;
        case 'warming':
          if (status.spindleRpm >= 6_000) {
            // close enough to operating speed to accept the lot now
            resolve(setupFor(lot, status));
          }
          break;
      }
    });
  });
}

export async function scheduleLot(lot: FleeceLot): Promise<SpindleSetup> {
  const failures: string[] = [];
  for (const frameId of mill.framesOnFloor()) {
    try {
      const setup = await readyForLot(frameId, lot);
      await mill.assign(frameId, setup);
      return setup;
    } catch (err) {
      if (!(err instanceof FrameUnavailableError)) throw err;
      failures.push(err.message);
    }
  }
  throw new Error(`no frame could take lot ${lot.lotId}: ${failures.join('; ')}`);
}
