// expect: no-multiple-settle
// When the warden approves in time the promise resolves but the hold-expiry timer is never cleared, so ttl later it still fires, calls reject on the settled promise and releases the beds of a booking that was just confirmed.
import { EventEmitter } from 'node:events';

export interface BedRequest {
  holdId: string;
  hutId: string;
  night: string;
  beds: number;
  guestEmail: string;
}

export interface Confirmation {
  holdId: string;
  wardenInitials: string;
}

interface WardenDecision {
  holdId: string;
  approved: boolean;
  initials: string;
  note?: string;
}

export class HoldExpiredError extends Error {
  constructor(readonly holdId: string) {
    super(`hold ${holdId} expired before the warden answered`);
    this.name = 'HoldExpiredError';
  }
}

export class HutReservationDesk {
  private readonly allocations = new Map<string, BedRequest>();
  private readonly free = new Map<string, number>();

  constructor(private readonly warden: EventEmitter, private readonly holdTtlMs = 15 * 60_000) {}

  setCapacity(hutId: string, night: string, beds: number): void {
    this.free.set(`${hutId}:${night}`, beds);
  }

  requestBeds(req: BedRequest): Promise<Confirmation> {
    const key = `${req.hutId}:${req.night}`;
    const available = this.free.get(key) ?? 0;
    if (available < req.beds) {
      return Promise.reject(new Error(`${req.hutId} has only ${available} beds on ${req.night}`));
    }
    this.free.set(key, available - req.beds);
    this.allocations.set(req.holdId, req);

    return new Promise((resolve, reject) => {
      const detach = (): void => {
        this.warden.off('decision', onDecision);
        this.warden.off('error', onError);
      };
      const onDecision = (d: WardenDecision): void => {
        if (d.holdId !== req.holdId) return;
        detach();
        if (d.approved) {
          resolve({ holdId: req.holdId, wardenInitials: d.initials });
        } else {
          this.releaseBeds(req.holdId);
          reject(new Error(`warden declined ${req.holdId}: ${d.note ?? 'no reason given'}`));
        }
      };
      const onError = (err: Error): void => {
        detach();
        this.releaseBeds(req.holdId);
        reject(err);
      };
      setTimeout(() => {
        detach();
        this.releaseBeds(req.holdId);
        reject(new HoldExpiredError(req.holdId));
      }, this.holdTtlMs);

      this.warden.on('decision', onDecision);
      this.warden.on('error', onError);
      this.warden.emit('request', req);
    });
  }

  private releaseBeds(holdId: string): void {
    const req = this.allocations.get(holdId);
    if (!req) return;
    this.allocations.delete(holdId);
    const key = `${req.hutId}:${req.night}`;
    this.free.set(key, (this.free.get(key) ?? 0) + req.beds);
  }
}
