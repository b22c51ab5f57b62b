// expect: no-floating-promises
// After arming every rack, armShow calls the async audit.append without awaiting or handling it, so a failed audit write is dropped as an unhandled rejection.
export interface Rack {
  id: string;
  position: string;
  cues: number[];
}

export interface ShowPlan {
  showId: string;
  venue: string;
  racks: Rack[];
  safetyRadiusM: number;
}

export interface RackController {
  continuity(rackId: string): Promise<{ rackId: string; openCircuits: number[] }>;
  arm(rackId: string, keyHolder: string): Promise<void>;
  disarm(rackId: string): Promise<void>;
}

export interface AuditTrail {
  append(entry: { showId: string; action: string; by: string; at: Date; detail?: string }): Promise<void>;
}

export interface ArmingResult {
  showId: string;
  armedRacks: string[];
  armedAt: Date;
}

export class ShowArming {
  constructor(
    private readonly racks: RackController,
    private readonly audit: AuditTrail,
  ) {}

  async preflight(plan: ShowPlan): Promise<string[]> {
    const problems: string[] = [];
    for (const rack of plan.racks) {
      const { openCircuits } = await this.racks.continuity(rack.id);
      const broken = openCircuits.filter((c) => rack.cues.includes(c));
      if (broken.length) problems.push(`rack ${rack.id} (${rack.position}): open cues ${broken.join(', ')}`);
    }
    return problems;
  }

  async armShow(plan: ShowPlan, keyHolder: string): Promise<ArmingResult> {
    const problems = await this.preflight(plan);
    if (problems.length > 0) {
      throw new Error(`show ${plan.showId} failed continuity:\n${problems.join('\n')}`);
    }

    const armed: string[] = [];
    try {
      for (const rack of plan.racks) {
        await this.racks.arm(rack.id, keyHolder);
        armed.push(rack.id);
      }
    } catch (err) {
      for (const id of armed.reverse()) {
        await this.racks.disarm(id);
      }
      throw err;
    }

    const armedAt = new Date();
    this.audit.append({
      showId: plan.showId,
      action: 'armed',
      by: keyHolder,
      at: armedAt,
      detail: `${armed.length} racks at ${plan.venue}, radius ${plan.safetyRadiusM}m`,
    });
    return { showId: plan.showId, armedRacks: armed, armedAt };
  }

  async standDown(plan: ShowPlan, keyHolder: string): Promise<void> {
    for (const rack of plan.racks) {
      await this.racks.disarm(rack.id);
    }
    await this.audit.append({ showId: plan.showId, action: 'stand-down', by: keyHolder, at: new Date() });
  }
}
