// expect: no-promise-as-value
// The filter predicate returns registry.isInGoodStanding(...), a Promise that is always truthy, so skaters with unpaid fines or bans sail through the eligibility check and get permits.
export interface Application {
  id: string;
  skaterId: string;
  park: string;
  slot: string;
  ageYears: number;
  guardianConsent: boolean;
}

export interface SkaterRegistry {
  isInGoodStanding(skaterId: string): Promise<boolean>;
}

export interface SlotCalendar {
  remaining(park: string, slot: string): Promise<number>;
  reserve(park: string, slot: string, applicationId: string): Promise<void>;
}

export interface IntakeResult {
  granted: string[];
  refused: Array<{ id: string; reason: string }>;
}

function needsGuardian(app: Application): boolean {
  return app.ageYears < 16 && !app.guardianConsent;
}

export class PermitIntake {
  constructor(private readonly registry: SkaterRegistry, private readonly calendar: SlotCalendar) {}

  async process(batch: Application[]): Promise<IntakeResult> {
    const result: IntakeResult = { granted: [], refused: [] };

    const consenting = batch.filter((app) => {
      if (needsGuardian(app)) {
        result.refused.push({ id: app.id, reason: 'guardian consent missing' });
        return false;
      }
      return true;
    });

    const eligible = consenting.filter((app) => this.registry.isInGoodStanding(app.skaterId));
    for (const app of consenting) {
      if (!eligible.includes(app)) result.refused.push({ id: app.id, reason: 'outstanding fines or ban' });
    }

    for (const app of eligible) {
      const left = await this.calendar.remaining(app.park, app.slot);
      if (left <= 0) {
        result.refused.push({ id: app.id, reason: `${app.slot} at ${app.park} is full` });
        continue;
      }
      await this.calendar.reserve(app.park, app.slot, app.id);
      result.granted.push(app.id);
    }
    return result;
  }
}
