// expect: no-unobserved-promise
// The weather-alert lookup is started before the siren self-checks and only awaited after them, so if the weather service fails while the self-checks are still running its rejection has no handler and crashes the scheduler.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Siren {
  id: string;
  district: string;
  model: 'T-128' | 'Modulator' | '2001-SRN';
}

export interface SelfCheck {
  sirenId: string;
  batteryPct: number;
  rotorOk: boolean;
}

export interface SirenNetwork {
  list(county: string): Promise<Siren[]>;
  selfCheck(sirenId: string): Promise<SelfCheck>;
}

export interface WeatherAlerts {
  activeWarnings(county: string): Promise<Array<{ event: string; expires: string }>>;
}

export interface TestPlan {
  county: string;
  proceed: boolean;
  reason?: string;
  sirens: SelfCheck[];
}

const CHECK_SPACING_MS = 250;

export class WeeklyTestPlanner {
  constructor(
    private readonly network: SirenNetwork,
    private readonly weather: WeatherAlerts,
  ) {}

  async plan(county: string): Promise<TestPlan> {
    const warningsP = this.weather.activeWarnings(county);

    const sirens = await this.network.list(county);
    const checks: SelfCheck[] = [];
    for (const siren of sirens) {
      checks.push(await this.network.selfCheck(siren.id));
      await sleep(CHECK_SPACING_MS);
    }

    const warnings = await warningsP;
    if (warnings.some((w) => /tornado|severe thunderstorm/i.test(w.event))) {
      return {
        county,
        proceed: false,
        reason: `active ${warnings[0].event} until ${warnings[0].expires}`,
        sirens: checks,
      };
    }

    const degraded = checks.filter((c) => c.batteryPct < 60 || !c.rotorOk);
    return {
      county,
      proceed: degraded.length <= Math.floor(checks.length / 10),
      reason: degraded.length ? `${degraded.length} siren(s) degraded` : undefined,
      sirens: checks,
    };
  }
}
