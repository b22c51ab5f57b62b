// expect: no-unobserved-promise
// Fan starts are pushed into an array, but a sensor fault throws mid-loop and leaves the already-started promises with no handler.
export interface OrchardBlock {
  id: string;
  variety: string;
  fans: string[];
  bloomStage: 'dormant' | 'bud' | 'bloom' | 'fruit-set';
}

export interface CanopyReading {
  blockId: string;
  canopyC: number;
  inversionC: number;
  sensorFault: boolean;
}

export interface FanAck {
  fanId: string;
  rpm: number;
}

declare const fanNetwork: {
  start(fanId: string, rpm: number): Promise<FanAck>;
};

declare const canopyCache: {
  latest(blockId: string): CanopyReading | undefined;
};

export class SensorFaultError extends Error {
  constructor(readonly blockId: string) {
    super(`Canopy sensor fault in block ${blockId}; manual frost watch required`);
    this.name = 'SensorFaultError';
  }
}

const CRITICAL_C: Record<OrchardBlock['bloomStage'], number> = {
  dormant: -6,
  bud: -3.5,
  bloom: -2.2,
  'fruit-set': -1.5,
};

function needsProtection(block: OrchardBlock, reading: CanopyReading): boolean {
  const margin = 1.0;
  return reading.canopyC <= CRITICAL_C[block.bloomStage] + margin && reading.inversionC >= 1.5;
}

function rpmFor(reading: CanopyReading): number {
  return reading.inversionC >= 4 ? 590 : 520;
}

export async function startFrostProtection(blocks: OrchardBlock[]): Promise<FanAck[]> {
  const starts: Array<Promise<FanAck>> = [];
  for (const block of blocks) {
    if (block.fans.length === 0) {
      continue;
    }
    const reading = canopyCache.latest(block.id);
    if (!reading) {
      continue;
    }
    if (reading.sensorFault) {
      throw new SensorFaultError(block.id);
    }
    if (!needsProtection(block, reading)) {
      continue;
    }
    for (const fanId of block.fans) {
      starts.push(fanNetwork.start(fanId, rpmFor(reading)));
    }
  }
  return Promise.all(starts);
}

export function coldestBlock(blocks: OrchardBlock[]): { blockId: string; canopyC: number } | null {
  let coldest: { blockId: string; canopyC: number } | null = null;
  for (const block of blocks) {
    const reading = canopyCache.latest(block.id);
    if (!reading || reading.sensorFault) continue;
    if (!coldest || reading.canopyC < coldest.canopyC) {
      coldest = { blockId: block.id, canopyC: reading.canopyC };
    }
  }
  return coldest;
}
