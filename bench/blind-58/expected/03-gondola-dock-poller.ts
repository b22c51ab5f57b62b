// expect: no-reused-settled-promise
// waitForDocked starts one fetchStatus() request before the loop and re-awaits that same settled promise on every poll, so it never sees a fresh status.
import { setTimeout as sleep } from "node:timers/promises";

export interface GondolaStatus {
  gondolaId: string;
  docked: boolean;
  doorState: "open" | "closed" | "moving";
  fault: string | null;
  angleDeg: number;
}

declare const telemetry: {
  fetchStatus(gondolaId: string): Promise<GondolaStatus>;
  wheelRpm(): Promise<number>;
};

declare const boarding: {
  openGate(gondolaId: string): Promise<void>;
  closeGate(gondolaId: string): Promise<void>;
};

export class GondolaFaultError extends Error {
  constructor(readonly gondolaId: string, readonly fault: string) {
    super(`gondola ${gondolaId} reported fault: ${fault}`);
    this.name = "GondolaFaultError";
  }
}

export interface PollOptions {
  intervalMs?: number;
  maxAttempts?: number;
}

export async function waitForDocked(gondolaId: string, opts: PollOptions = {}): Promise<GondolaStatus> {
  const intervalMs = opts.intervalMs ?? 500;
  const maxAttempts = opts.maxAttempts ?? 40;
  const statusRequest = telemetry.fetchStatus(gondolaId);

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const status = await statusRequest;
    if (status.fault) {
      throw new GondolaFaultError(gondolaId, status.fault);
    }
    if (status.docked && status.doorState === "closed") {
      return status;
    }
    await sleep(intervalMs);
  }
  throw new Error(`gondola ${gondolaId} did not dock after ${maxAttempts} polls`);
}

export async function boardGondola(gondolaId: string, riders: number): Promise<{ boardedAt: Date; riders: number }> {
  if (riders < 1 || riders > 8) {
    throw new RangeError(`gondola capacity is 1-8 riders, got ${riders}`);
  }
  const rpm = await telemetry.wheelRpm();
  const status = await waitForDocked(gondolaId, { intervalMs: rpm > 0.5 ? 250 : 500 });
  await boarding.openGate(status.gondolaId);
  try {
    await sleep(riders * 4000);
  } finally {
    await boarding.closeGate(status.gondolaId);
  }
  return { boardedAt: new Date(), riders };
}
