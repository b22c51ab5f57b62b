// expect: no-read-before-settle
// startZone reads this.activePlan right after planRoute(); the plan is only assigned in the 'route-planned' listener, which fires later, so the ETA is computed from the previous (or no) plan.
import { EventEmitter } from 'node:events';

export interface RoutePlan {
  zone: string;
  stripes: number;
  stripeWidthCm: number;
  estimatedMinutes: number;
  obstacles: string[];
}

export interface MowingSession {
  zone: string;
  eta: Date;
  stripes: number;
}

interface MowerDriver extends EventEmitter {
  planRoute(zone: string, cutHeightMm: number): void;
  beginMowing(): void;
  dock(): void;
}

declare const gardenCalendar: {
  quietHoursStart(): Date;
};

export class LawnMowerCoordinator {
  private activePlan?: RoutePlan;
  private readonly history: MowingSession[] = [];

  constructor(private readonly driver: MowerDriver) {
    driver.on('route-planned', (plan: RoutePlan) => {
      this.activePlan = plan;
    });
    driver.on('obstacle', (name: string) => {
      this.activePlan?.obstacles.push(name);
    });
    driver.on('zone-complete', () => {
      this.activePlan = undefined;
    });
  }

  startZone(zone: string, cutHeightMm = 45): MowingSession {
    if (cutHeightMm < 20 || cutHeightMm > 90) {
      throw new RangeError(`cut height ${cutHeightMm}mm outside the deck's 20-90mm range`);
    }
    this.driver.planRoute(zone, cutHeightMm);

    const minutes = this.activePlan?.estimatedMinutes ?? 0;
    const eta = new Date(Date.now() + minutes * 60_000);
    if (eta > gardenCalendar.quietHoursStart()) {
      throw new Error(`mowing ${zone} would run past quiet hours (eta ${eta.toLocaleTimeString()})`);
    }

    this.driver.beginMowing();
    const session: MowingSession = { zone, eta, stripes: this.activePlan?.stripes ?? 0 };
    this.history.push(session);
    return session;
  }

  abort(): void {
    this.driver.dock();
    this.activePlan = undefined;
  }

  recentSessions(limit = 10): MowingSession[] {
    return this.history.slice(-limit);
  }
}
