// expect: no-swallowed-abort
// requestUnlock catches every error, including the AbortError from the cancelled fetch, and returns null as if the locker were simply offline.
import { EventEmitter } from "node:events";

export interface LockerBay {
  siteId: string;
  bay: number;
  size: "S" | "M" | "L";
}

export interface UnlockGrant {
  bay: LockerBay;
  pin: string;
  expiresAt: number;
}

interface UnlockResponse {
  pin: string;
  ttlSeconds: number;
}

const GATEWAY = "https://lockers.internal.example/api/v2";

export class LockerSession extends EventEmitter {
  private controller = new AbortController();

  constructor(private readonly courierId: string, private readonly token: string) {
    super();
  }

  // Called from the handheld when the courier walks away from the bank
  cancel(reason = "courier left site"): void {
    this.controller.abort(new DOMException(reason, "AbortError"));
    this.controller = new AbortController();
  }

  async requestUnlock(bay: LockerBay): Promise<UnlockGrant | null> {
    const signal = this.controller.signal;
    try {
      const res = await fetch(`${GATEWAY}/sites/${bay.siteId}/bays/${bay.bay}/unlock`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${this.token}`,
          "content-type": "application/json",
        },
        body: JSON.stringify({ courierId: this.courierId }),
        signal,
      });
      if (res.status === 409) {
        this.emit("occupied", bay);
        return null;
      }
      if (!res.ok) {
        throw new Error(`gateway ${res.status}`);
      }
      const body = (await res.json()) as UnlockResponse;
      const grant: UnlockGrant = { bay, pin: body.pin, expiresAt: Date.now() + body.ttlSeconds * 1000 };
      this.emit("unlocked", grant);
      return grant;
    } catch (err) {
      this.emit("offline", bay, err);
      return null;
    }
  }

  async firstFreeBay(candidates: LockerBay[]): Promise<UnlockGrant | null> {
    for (const bay of candidates) {
      const grant = await this.requestUnlock(bay);
      if (grant) {
        return grant;
      }
    }
    return null;
  }
}
