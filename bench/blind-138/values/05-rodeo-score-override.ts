// expect: none
// The override lookup is awaited before ?? is applied, so the fallback to the computed score happens exactly when no override row exists.
export interface JudgeMarks {
  judge: string;
  rider: number;
  animal: number;
}

export interface Ride {
  rideId: string;
  contestant: string;
  event: 'bareback' | 'saddle-bronc' | 'bull-riding';
  marks: JudgeMarks[];
  touchedWithFreeHand: boolean;
  qualified: boolean;
}

export interface OverrideStore {
  find(rideId: string): Promise<{ total: number; reason: string; official: string } | undefined>;
}

export interface AuditTrail {
  note(rideId: string, message: string): Promise<void>;
}

export function computeTotal(ride: Ride): number {
  if (!ride.qualified || ride.touchedWithFreeHand) return 0;
  const sum = ride.marks.reduce((acc, m) => acc + m.rider + m.animal, 0);
  const normalised = ride.marks.length === 2 ? sum : (sum / ride.marks.length) * 2;
  return Math.round(normalised * 4) / 4;
}

export class FinalScorer {
  constructor(private readonly overrides: OverrideStore, private readonly audit: AuditTrail) {}

  async finalScore(ride: Ride): Promise<{ rideId: string; total: number; overridden: boolean }> {
    const computed = computeTotal(ride);
    const override = await this.overrides.find(ride.rideId);
    const total = override?.total ?? computed;

    if (override && override.total !== computed) {
      await this.audit.note(
        ride.rideId,
        `score changed from ${computed} to ${override.total} by ${override.official}: ${override.reason}`,
      );
    }
    return { rideId: ride.rideId, total, overridden: override !== undefined };
  }

  async leaderboard(rides: Ride[]): Promise<Array<{ contestant: string; total: number }>> {
    const finals = await Promise.all(rides.map(async (ride) => ({
      contestant: ride.contestant,
      total: (await this.finalScore(ride)).total,
    })));
    return finals.sort((a, b) => b.total - a.total);
  }
}
