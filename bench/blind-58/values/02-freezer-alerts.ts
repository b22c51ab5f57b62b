// expect: no-promise-as-value
// The pager message interpolates studio.blockTemperature(block.id), an async call, so the on-call carver is paged "[object Promise]°C" instead of the temperature.
export interface IceBlock {
  id: string;
  sculpture: string;
  freezerZone: "A" | "B" | "C";
  maxTemperatureC: number;
}

export interface AlertOutcome {
  blockId: string;
  paged: boolean;
  movedTo: IceBlock["freezerZone"] | null;
}

declare const studio: {
  blocksInZone(zone: IceBlock["freezerZone"]): Promise<IceBlock[]>;
  blockTemperature(blockId: string): Promise<number>;
  zoneHasSpace(zone: IceBlock["freezerZone"]): Promise<boolean>;
  moveBlock(blockId: string, zone: IceBlock["freezerZone"]): Promise<void>;
};

declare const pager: {
  onCall(): Promise<string>;
  send(recipient: string, text: string): Promise<void>;
};

const FALLBACK_ZONE: Record<IceBlock["freezerZone"], IceBlock["freezerZone"]> = {
  A: "B",
  B: "C",
  C: "A",
};

async function relocate(block: IceBlock): Promise<IceBlock["freezerZone"] | null> {
  const target = FALLBACK_ZONE[block.freezerZone];
  if (!(await studio.zoneHasSpace(target))) {
    return null;
  }
  await studio.moveBlock(block.id, target);
  return target;
}

export async function checkZone(zone: IceBlock["freezerZone"]): Promise<AlertOutcome[]> {
  const blocks = await studio.blocksInZone(zone);
  const outcomes: AlertOutcome[] = [];

  for (const block of blocks) {
    const temperature = await studio.blockTemperature(block.id);
    if (temperature <= block.maxTemperatureC) {
      continue;
    }

    const movedTo = await relocate(block);
    const recipient = await pager.onCall();
    const message =
      `Block ${block.id} (${block.sculpture}) in zone ${zone} is at ${studio.blockTemperature(block.id)}°C, ` +
      `limit ${block.maxTemperatureC}°C. ` +
      (movedTo ? `Moved to zone ${movedTo}.` : "No space to move it - please check the freezer.");
    await pager.send(recipient, message);
    outcomes.push({ blockId: block.id, paged: true, movedTo });
  }

  return outcomes;
}
