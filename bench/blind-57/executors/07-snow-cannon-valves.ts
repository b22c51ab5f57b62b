// expect: none
// Correct: the awaits happen before the executor is created; the executor itself is synchronous and settles once in the valve callback.
declare const weatherStation: {
  wetBulb(slopeId: string): Promise<{ celsius: number; humidity: number }>;
};

declare const valveBus: {
  open(
    cannonId: string,
    settings: { waterLpm: number; airBar: number },
    cb: (err: Error | null, ack?: { cannonId: string; flowLpm: number }) => void,
  ): void;
};

declare const slopeMap: {
  cannonsOn(slopeId: string): Promise<Array<{ id: string; maxWaterLpm: number }>>;
};

export interface CannonStart {
  cannonId: string;
  flowLpm: number;
}

const MAX_WET_BULB_C = -2.5;

function waterRateFor(wetBulbC: number, maxLpm: number): number {
  const margin = Math.min(1, Math.max(0, (MAX_WET_BULB_C - wetBulbC) / 8));
  return Math.round(maxLpm * (0.35 + 0.65 * margin));
}

async function startCannon(
  slopeId: string,
  cannon: { id: string; maxWaterLpm: number },
): Promise<CannonStart> {
  const { celsius } = await weatherStation.wetBulb(slopeId);
  if (celsius > MAX_WET_BULB_C) {
    throw new Error(`wet bulb ${celsius}C too warm for ${cannon.id}`);
  }
  const settings = {
    waterLpm: waterRateFor(celsius, cannon.maxWaterLpm),
    airBar: celsius < -8 ? 5.5 : 7,
  };

  return new Promise<CannonStart>((resolve, reject) => {
    valveBus.open(cannon.id, settings, (err, ack) => {
      if (err) {
        reject(err);
      } else if (!ack) {
        reject(new Error(`valve bus returned no ack for ${cannon.id}`));
      } else {
        resolve({ cannonId: ack.cannonId, flowLpm: ack.flowLpm });
      }
    });
  });
}

export async function startSlope(slopeId: string): Promise<{ started: CannonStart[]; failed: string[] }> {
  const cannons = await slopeMap.cannonsOn(slopeId);
  const started: CannonStart[] = [];
  const failed: string[] = [];

  // Start in sequence so the pump house pressure can recover between cannons.
  for (const cannon of cannons) {
    try {
      started.push(await startCannon(slopeId, cannon));
    } catch (err) {
      failed.push(`${cannon.id}: ${(err as Error).message}`);
    }
  }
  return { started, failed };
}
