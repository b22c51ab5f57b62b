// expect: none
// The rope check and the ringer roll call are kept in variables but combined with Promise.all before anything else is awaited, so both rejections have a handler from the same tick.
export interface Ringer {
  name: string;
  bell: number;
  present: boolean;
}

export interface RopeStatus {
  bell: number;
  sallyWorn: boolean;
  stayIntact: boolean;
}

export interface TowerApi {
  rollCall(towerId: string, serviceId: string): Promise<Ringer[]>;
  inspectRopes(towerId: string): Promise<RopeStatus[]>;
  postNotice(towerId: string, text: string): Promise<void>;
}

export interface Readiness {
  towerId: string;
  canRingFull: boolean;
  missingBells: number[];
  brokenStays: number[];
}

export class TowerReadinessCheck {
  constructor(private readonly api: TowerApi, private readonly bells: number) {}

  async check(towerId: string, serviceId: string): Promise<Readiness> {
    const ringersP = this.api.rollCall(towerId, serviceId);
    const ropesP = this.api.inspectRopes(towerId);

    const [ringers, ropes] = await Promise.all([ringersP, ropesP]);

    const staffed = new Set(ringers.filter((r) => r.present).map((r) => r.bell));
    const missingBells: number[] = [];
    for (let bell = 1; bell <= this.bells; bell++) {
      if (!staffed.has(bell)) missingBells.push(bell);
    }
    const brokenStays = ropes.filter((r) => !r.stayIntact).map((r) => r.bell);

    return {
      towerId,
      canRingFull: missingBells.length === 0 && brokenStays.length === 0,
      missingBells,
      brokenStays,
    };
  }

  async announce(towerId: string, serviceId: string): Promise<Readiness> {
    const readiness = await this.check(towerId, serviceId);
    if (!readiness.canRingFull) {
      const parts: string[] = [];
      if (readiness.missingBells.length > 0) {
        parts.push(`ringers needed for bells ${readiness.missingBells.join(', ')}`);
      }
      if (readiness.brokenStays.length > 0) {
        parts.push(`stays broken on ${readiness.brokenStays.join(', ')}`);
      }
      await this.api.postNotice(towerId, `Service ${serviceId}: ${parts.join('; ')}`);
    }
    return readiness;
  }
}
