// expect: no-reused-settled-promise
// fileFlightPlan starts the submission once before the retry loop and re-awaits that same rejected promise on every attempt instead of submitting again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FlightPlan {
  pilotId: string;
  launchSiteId: string;
  landingZoneId: string;
  plannedLaunch: string;
  expectedDurationMin: number;
  maxAltitudeM: number;
}

export interface AirspaceClient {
  submitPlan(plan: FlightPlan): Promise<{ reference: string; conditions: string[] }>;
}

export class AirspaceHttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'AirspaceHttpError';
  }
}

function isTransient(err: unknown): boolean {
  if (err instanceof AirspaceHttpError) return err.status === 429 || err.status >= 500;
  return err instanceof TypeError; // fetch network failure
}

const MAX_ATTEMPTS = 4;

export class FlightPlanDesk {
  constructor(
    private readonly client: AirspaceClient,
    private readonly baseDelayMs = 1_000,
  ) {}

  validate(plan: FlightPlan): string[] {
    const problems: string[] = [];
    if (plan.maxAltitudeM > 2_900) problems.push('controlled airspace above FL95 needs a separate clearance');
    if (plan.expectedDurationMin > 360) problems.push('flights over six hours must file a cross-country plan');
    if (plan.launchSiteId === plan.landingZoneId && plan.expectedDurationMin > 120) {
      problems.push('long out-and-return flights need a turnpoint');
    }
    return problems;
  }

  async fileFlightPlan(plan: FlightPlan): Promise<{ reference: string; conditions: string[] }> {
    const problems = this.validate(plan);
    if (problems.length) throw new Error(`flight plan rejected locally: ${problems.join('; ')}`);

    const submission = this.client.submitPlan(plan);
    for (let attempt = 1; ; attempt++) {
      try {
        return await submission;
      } catch (err) {
        if (!isTransient(err) || attempt >= MAX_ATTEMPTS) throw err;
        await sleep(this.baseDelayMs * 2 ** (attempt - 1));
      }
    }
  }

  async fileGroup(plans: readonly FlightPlan[]): Promise<Map<string, string>> {
    const refs = new Map<string, string>();
    for (const plan of plans) {
      const { reference } = await this.fileFlightPlan(plan);
      refs.set(plan.pilotId, reference);
    }
    return refs;
  }
}
