// expect: none
// The PLC callback returns right after reject, and a parse failure inside the callback is routed to reject rather than thrown.
export interface MouldState {
  mouldId: string;
  coreTempC: number;
  cheekTempC: number;
  moisturePct: number;
  readAt: Date;
}

interface PlcRegisters {
  r100: number;
  r101: number;
  r102: number;
  stamp: number;
}

declare const foundryPlc: {
  readRegisters(station: number, cb: (err: Error | null, regs?: PlcRegisters) => void): void;
};

declare const castingJournal: {
  append(entry: { mouldId: string; decision: string; state: MouldState }): Promise<void>;
};

const STATIONS: Record<string, number> = {
  'tenor-a': 3,
  'tenor-b': 4,
  'treble-1': 7,
};

const MAX_MOISTURE_PCT = 4.5;
const MIN_CORE_TEMP_C = 90;

function decode(mouldId: string, regs: PlcRegisters): MouldState {
  if (!Number.isFinite(regs.r100) || regs.r100 < -50) {
    throw new Error(`implausible core temperature for ${mouldId}: ${regs.r100}`);
  }
  return {
    mouldId,
    coreTempC: regs.r100 / 10,
    cheekTempC: regs.r101 / 10,
    moisturePct: regs.r102 / 100,
    readAt: new Date(regs.stamp * 1000),
  };
}

export function readMould(mouldId: string): Promise<MouldState> {
  const station = STATIONS[mouldId];
  if (station === undefined) {
    return Promise.reject(new Error(`unknown mould ${mouldId}`));
  }
  return new Promise<MouldState>((resolve, reject) => {
    foundryPlc.readRegisters(station, (err, regs) => {
      if (err || !regs) {
        reject(err ?? new Error(`station ${station} returned no registers`));
        return;
      }
      try {
        resolve(decode(mouldId, regs));
      } catch (decodeErr) {
        reject(decodeErr);
      }
    });
  });
}

export type PourDecision = 'pour' | 'dry-longer' | 'heat-longer';

export function decide(state: MouldState): PourDecision {
  if (state.moisturePct > MAX_MOISTURE_PCT) {
    return 'dry-longer';
  }
  if (state.coreTempC < MIN_CORE_TEMP_C) {
    return 'heat-longer';
  }
  return 'pour';
}

export async function readyForPour(mouldIds: readonly string[]): Promise<string[]> {
  const ready: string[] = [];
  for (const mouldId of mouldIds) {
    const state = await readMould(mouldId);
    const decision = decide(state);
    await castingJournal.append({ mouldId, decision, state });
    if (decision === 'pour') {
      ready.push(mouldId);
    }
  }
  return ready;
}
