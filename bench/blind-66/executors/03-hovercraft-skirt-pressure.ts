// expect: no-multiple-settle
// In readSkirtPressures the error branch rejects but does not return, so execution falls through to resolve() with empty channel values.
export type SkirtChannel = 'bow' | 'stern' | 'port' | 'starboard';

export interface SkirtPressure {
  craftId: string;
  kpa: Record<SkirtChannel, number>;
  sampledAt: number;
}

export interface SkirtInspection {
  craftId: string;
  bay: number;
  pressure: SkirtPressure;
  leakSuspected: SkirtChannel[];
}

declare const pressureBus: {
  readChannels(
    craftId: string,
    channels: readonly SkirtChannel[],
    callback: (err: Error | null, values: number[]) => void,
  ): void;
};

declare const yardBoard: {
  assignBay(craftId: string): Promise<number>;
  flag(craftId: string, note: string): Promise<void>;
};

const CHANNELS: readonly SkirtChannel[] = ['bow', 'stern', 'port', 'starboard'];
const NOMINAL_KPA = 4.2;
const LEAK_TOLERANCE = 0.35;

export function readSkirtPressures(craftId: string): Promise<SkirtPressure> {
  return new Promise<SkirtPressure>((resolve, reject) => {
    pressureBus.readChannels(craftId, CHANNELS, (err, values) => {
      if (err) {
        reject(new Error(`skirt pressure read failed for ${craftId}`, { cause: err }));
      }
      const [bow, stern, port, starboard] = values;
      resolve({
        craftId,
        kpa: { bow, stern, port, starboard },
        sampledAt: Date.now(),
      });
    });
  });
}

function suspectedLeaks(pressure: SkirtPressure): SkirtChannel[] {
  return CHANNELS.filter((channel) => {
    const deviation = Math.abs(pressure.kpa[channel] - NOMINAL_KPA) / NOMINAL_KPA;
    return deviation > LEAK_TOLERANCE;
  });
}

export async function inspectSkirt(craftId: string): Promise<SkirtInspection> {
  const bay = await yardBoard.assignBay(craftId);
  const pressure = await readSkirtPressures(craftId);
  const leakSuspected = suspectedLeaks(pressure);

  if (leakSuspected.length > 0) {
    await yardBoard.flag(
      craftId,
      `bay ${bay}: possible skirt leak on ${leakSuspected.join(', ')} ` +
        `(${leakSuspected.map((c) => pressure.kpa[c].toFixed(2)).join(' / ')} kPa)`,
    );
  }

  return { craftId, bay, pressure, leakSuspected };
}

export async function inspectFleet(craftIds: readonly string[]): Promise<SkirtInspection[]> {
  const inspections: SkirtInspection[] = [];
  for (const craftId of craftIds) {
    inspections.push(await inspectSkirt(craftId));
  }
  return inspections.sort((a, b) => b.leakSuspected.length - a.leakSuspected.length);
}
