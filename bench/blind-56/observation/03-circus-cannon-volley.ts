// expect: no-floating-promises
// prepareVolley charges the cannons with cannons.forEach(async ...), whose promises nobody awaits, so arming proceeds before charging and charge failures go unhandled.
export interface Cannon {
  cannonId: string;
  barrelLengthM: number;
  landingNetId: string;
  performer: string;
  performerMassKg: number;
}

export interface VolleyPlan {
  showId: string;
  cannons: Cannon[];
  staggerMs: number;
}

declare const pneumatics: {
  charge(cannonId: string, psi: number): Promise<void>;
  readPressure(cannonId: string): Promise<number>;
  fire(cannonId: string): Promise<{ exitVelocityMs: number }>;
};

declare const rigging: {
  confirmNet(netId: string): Promise<{ tensionKn: number; clear: boolean }>;
};

declare const safetyOfficer: {
  arm(showId: string, cannonIds: string[]): Promise<string>;
  disarm(token: string): Promise<void>;
};

function targetPsi(cannon: Cannon): number {
  const base = 95 + cannon.performerMassKg * 0.9;
  return Math.round(base * (cannon.barrelLengthM / 7));
}

export class VolleyDirector {
  private readonly log: string[] = [];

  async prepareVolley(plan: VolleyPlan): Promise<string> {
    plan.cannons.forEach(async (cannon) => {
      const net = await rigging.confirmNet(cannon.landingNetId);
      if (!net.clear || net.tensionKn < 12) {
        throw new Error(`net ${cannon.landingNetId} not ready for ${cannon.performer}`);
      }
      await pneumatics.charge(cannon.cannonId, targetPsi(cannon));
      this.log.push(`${cannon.cannonId} charged for ${cannon.performer}`);
    });

    return safetyOfficer.arm(
      plan.showId,
      plan.cannons.map((c) => c.cannonId),
    );
  }

  async fireVolley(plan: VolleyPlan): Promise<Record<string, number>> {
    const token = await this.prepareVolley(plan);
    const velocities: Record<string, number> = {};
    try {
      for (const cannon of plan.cannons) {
        const psi = await pneumatics.readPressure(cannon.cannonId);
        const expected = targetPsi(cannon);
        if (Math.abs(psi - expected) > expected * 0.05) {
          throw new Error(`${cannon.cannonId} at ${psi} psi, expected ${expected}`);
        }
        const { exitVelocityMs } = await pneumatics.fire(cannon.cannonId);
        velocities[cannon.performer] = exitVelocityMs;
        await new Promise<void>((resolve) => setTimeout(resolve, plan.staggerMs));
      }
    } finally {
      await safetyOfficer.disarm(token);
    }
    return velocities;
  }

  history(): readonly string[] {
    return this.log;
  }
}
