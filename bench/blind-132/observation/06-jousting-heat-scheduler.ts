// expect: none
// The referee confirmations are collected into an array that is immediately handed to Promise.all, and the per-heat lance checks are awaited as soon as they are created.
export interface Heat {
  id: string;
  challenger: string;
  defender: string;
  tiltLane: 1 | 2;
}

export interface RefereeDesk {
  confirm(heat: Heat): Promise<{ heatId: string; marshal: string }>;
}

export interface Armoury {
  inspectLance(knight: string): Promise<{ knight: string; sound: boolean; splinterRisk: number }>;
}

export interface ScheduledHeat extends Heat {
  marshal: string;
  startsAt: Date;
}

const HEAT_MINUTES = 12;

export class HeatScheduler {
  constructor(
    private readonly referees: RefereeDesk,
    private readonly armoury: Armoury,
  ) {}

  async schedule(heats: readonly Heat[], firstStart: Date): Promise<ScheduledHeat[]> {
    const confirmations = heats.map((heat) => this.referees.confirm(heat));
    const confirmed = await Promise.all(confirmations);
    const marshals = new Map(confirmed.map((c) => [c.heatId, c.marshal]));

    const scheduled: ScheduledHeat[] = [];
    let slot = firstStart.getTime();
    for (const heat of heats) {
      const ready = await this.lancesReady(heat);
      if (!ready) continue;
      scheduled.push({
        ...heat,
        marshal: marshals.get(heat.id) ?? 'unassigned',
        startsAt: new Date(slot),
      });
      slot += HEAT_MINUTES * 60_000;
    }
    return scheduled;
  }

  private async lancesReady(heat: Heat): Promise<boolean> {
    for (const knight of [heat.challenger, heat.defender]) {
      const report = await this.armoury.inspectLance(knight);
      if (!report.sound || report.splinterRisk > 0.3) return false;
    }
    return true;
  }
}

export function laneBalance(heats: readonly ScheduledHeat[]): { lane1: number; lane2: number } {
  let lane1 = 0;
  let lane2 = 0;
  for (const heat of heats) {
    if (heat.tiltLane === 1) lane1++;
    else lane2++;
  }
  return { lane1, lane2 };
}
