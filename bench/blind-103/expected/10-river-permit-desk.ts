// expect: no-reused-settled-promise
// lookup() "retries" a transient registry failure by returning the original `request` promise from its .catch handler after a pause, which just re-delivers the same rejection, so a one-second network blip still fails the put-in check.
import { setTimeout as delay } from 'node:timers/promises';

export interface PermitRecord {
  permitNo: string;
  river: string;
  launchDate: string;
  partySize: number;
  tripLeader: string;
}

export interface Registry {
  find(permitNo: string): Promise<PermitRecord>;
}

export interface Logger {
  warn(msg: string, meta?: unknown): void;
}

export class RegistryError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

function isTransient(err: unknown): boolean {
  return err instanceof RegistryError && err.transient;
}

export interface CheckInResult {
  permitNo: string;
  allowed: boolean;
  reason?: string;
}

export class PermitDesk {
  constructor(
    private readonly registry: Registry,
    private readonly log: Logger,
    private readonly retryMs = 1500,
  ) {}

  lookup(permitNo: string): Promise<PermitRecord> {
    const request = this.registry.find(permitNo);
    return request.catch(async (err: unknown) => {
      if (!isTransient(err)) throw err;
      this.log.warn(`registry hiccup looking up ${permitNo}, retrying`, err);
      await delay(this.retryMs);
      return request;
    });
  }

  async checkIn(permitNo: string, river: string, headcount: number, today: string): Promise<CheckInResult> {
    const permit = await this.lookup(permitNo);
    if (permit.river !== river) {
      return { permitNo, allowed: false, reason: `permit is for the ${permit.river}` };
    }
    if (permit.launchDate !== today) {
      return { permitNo, allowed: false, reason: `launch date is ${permit.launchDate}` };
    }
    if (headcount > permit.partySize) {
      return { permitNo, allowed: false, reason: `${headcount} people on a permit for ${permit.partySize}` };
    }
    return { permitNo, allowed: true };
  }
}
