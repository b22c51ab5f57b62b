// expect: no-promise-as-value
// isBedDrained is async, so the filter callback in scheduleHarvest returns an always-truthy promise and still-flooded beds are scheduled for the dry picker.
export interface BedSensors {
  waterDepthCm(bed: string): Promise<number>;
}

export interface HarvestCrew {
  name: string;
  beaters: number;
}

export interface HarvestSlot {
  bed: string;
  crew: string;
  day: string;
}

export interface ScheduleResult {
  slots: HarvestSlot[];
  skipped: string[];
}

// Wet harvesting needs flooding; dry (mechanical picker) harvesting needs drained beds.
const DRY_HARVEST_MAX_DEPTH_CM = 2;

export class HarvestPlanner {
  constructor(private readonly sensors: BedSensors) {}

  async isBedDrained(bed: string): Promise<boolean> {
    const depth = await this.sensors.waterDepthCm(bed);
    return depth <= DRY_HARVEST_MAX_DEPTH_CM;
  }

  scheduleHarvest(beds: string[], crews: HarvestCrew[], days: string[]): ScheduleResult {
    const slots: HarvestSlot[] = [];
    const skipped: string[] = [];
    let crewIdx = 0;
    let dayIdx = 0;

    const drained = beds.filter((bed) => this.isBedDrained(bed));
    skipped.push(...beds.filter((bed) => !drained.includes(bed)));

    for (const bed of drained) {
      if (dayIdx >= days.length) {
        skipped.push(bed);
        continue;
      }
      const crew = crews[crewIdx % crews.length];
      slots.push({ bed, crew: crew.name, day: days[dayIdx] });
      crewIdx++;
      if (crewIdx % crews.length === 0) dayIdx++;
    }

    return { slots, skipped };
  }

  crewLoad(result: ScheduleResult): Map<string, number> {
    const load = new Map<string, number>();
    for (const slot of result.slots) {
      load.set(slot.crew, (load.get(slot.crew) ?? 0) + 1);
    }
    return load;
  }
}
