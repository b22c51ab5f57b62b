// expect: no-unobserved-promise
// Plate placements are pushed into an array while the loop keeps awaiting the jam sensor; if a jam throws, the already-started placements are left with no handler.
export interface Plate {
  plateId: string;
  dish: string;
  colour: 'white' | 'blue' | 'red' | 'gold';
}

export interface BeltSection {
  beltId: string;
  lane: number;
  capacity: number;
}

export class BeltJammedError extends Error {
  constructor(readonly beltId: string, readonly lane: number) {
    super(`belt ${beltId} lane ${lane} is jammed`);
    this.name = 'BeltJammedError';
  }
}

declare const placementArm: {
  place(beltId: string, lane: number, plate: Plate): Promise<void>;
};

declare const beltSensors: {
  isJammed(beltId: string, lane: number): Promise<boolean>;
  freeSlots(beltId: string, lane: number): Promise<number>;
};

declare const chefDisplay: {
  announce(text: string): Promise<void>;
};

export async function restockLane(section: BeltSection, plates: readonly Plate[]): Promise<number> {
  const free = await beltSensors.freeSlots(section.beltId, section.lane);
  const batch = plates.slice(0, Math.min(free, section.capacity));
  const placements: Promise<void>[] = [];

  for (const plate of batch) {
    if (await beltSensors.isJammed(section.beltId, section.lane)) {
      throw new BeltJammedError(section.beltId, section.lane);
    }
    placements.push(placementArm.place(section.beltId, section.lane, plate));
  }

  await Promise.all(placements);
  return batch.length;
}

function pickPlates(menu: readonly Plate[], wanted: Partial<Record<Plate['colour'], number>>): Plate[] {
  const picked: Plate[] = [];
  for (const [colour, count] of Object.entries(wanted) as Array<[Plate['colour'], number]>) {
    picked.push(...menu.filter((p) => p.colour === colour).slice(0, count));
  }
  return picked;
}

export async function lunchRush(sections: readonly BeltSection[], menu: readonly Plate[]): Promise<Record<string, number>> {
  const placed: Record<string, number> = {};
  for (const section of sections) {
    const plates = pickPlates(menu, { white: 4, blue: 3, red: 2, gold: 1 });
    try {
      placed[`${section.beltId}:${section.lane}`] = await restockLane(section, plates);
    } catch (err) {
      if (!(err instanceof BeltJammedError)) throw err;
      await chefDisplay.announce(`Jam on belt ${err.beltId}, lane ${err.lane} — clear before restocking`);
      placed[`${section.beltId}:${section.lane}`] = 0;
    }
  }
  return placed;
}
