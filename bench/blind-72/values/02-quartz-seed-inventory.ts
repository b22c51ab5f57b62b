// expect: none
// Every async result is awaited before use: `await x ?? y` binds as `(await x) ?? y`, and the template string, the JSON body and the comparison all use resolved values.
export interface SeedPlate {
  plateId: string;
  orientation: 'Z' | 'Y' | 'AT' | 'BT';
  lengthMm: number;
  thicknessMm: number;
  source: 'natural' | 'cultured';
}

export interface SeedLot {
  lotId: string;
  orientation: SeedPlate['orientation'];
  plates: SeedPlate[];
  reservedFor?: string;
}

declare const lots: {
  find(lotId: string): Promise<SeedLot | undefined>;
  defaultFor(orientation: SeedPlate['orientation']): Promise<SeedLot>;
  reservedCount(lotId: string): Promise<number>;
  reserve(lotId: string, runId: string, count: number): Promise<void>;
};

declare const autoclaveQueue: {
  send(body: string): Promise<void>;
};

declare const audit: {
  record(line: string): void;
};

const MIN_LENGTH_MM = 120;

function usable(plates: readonly SeedPlate[]): SeedPlate[] {
  return plates.filter((p) => p.lengthMm >= MIN_LENGTH_MM && p.thicknessMm >= 1.2 && p.thicknessMm <= 2.0);
}

export async function allocateSeeds(
  runId: string,
  requested: { lotId?: string; orientation: SeedPlate['orientation']; count: number },
): Promise<{ lotId: string; plates: SeedPlate[] }> {
  const lot = requested.lotId
    ? await lots.find(requested.lotId) ?? await lots.defaultFor(requested.orientation)
    : await lots.defaultFor(requested.orientation);

  if (lot.orientation !== requested.orientation) {
    throw new Error(`lot ${lot.lotId} is ${lot.orientation}-cut, run ${runId} needs ${requested.orientation}`);
  }

  const reserved = await lots.reservedCount(lot.lotId);
  const candidates = usable(lot.plates);
  const free = candidates.length - reserved;
  if (free < requested.count) {
    throw new Error(`lot ${lot.lotId} has ${free} free usable plates, ${requested.count} requested`);
  }

  const chosen = candidates.slice(reserved, reserved + requested.count);
  await lots.reserve(lot.lotId, runId, chosen.length);

  const remaining = (await lots.reservedCount(lot.lotId)) === candidates.length ? 'none' : 'some';
  audit.record(`run ${runId}: ${chosen.length} ${lot.orientation} plates from ${lot.lotId}; ${remaining} left`);

  await autoclaveQueue.send(
    JSON.stringify({
      runId,
      lotId: lot.lotId,
      plateIds: chosen.map((p) => p.plateId),
      cultured: chosen.filter((p) => p.source === 'cultured').length,
      reservedAfter: await lots.reservedCount(lot.lotId),
    }),
  );

  return { lotId: lot.lotId, plates: chosen };
}

export async function lotSummary(lotId: string): Promise<string> {
  const lot = await lots.find(lotId);
  if (!lot) return `${lotId}: not found`;
  const reserved = await lots.reservedCount(lotId);
  return `${lot.lotId} (${lot.orientation}): ${usable(lot.plates).length} usable, ${reserved} reserved`;
}
