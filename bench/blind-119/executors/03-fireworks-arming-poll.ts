// expect: none
// The polling interval is cleared on every settling branch and reads never overlap, so the executor settles exactly once.
export interface RailStatus {
  rail: number;
  armed: boolean;
  continuityOk: boolean;
  batteryVolts: number;
}

export interface FiringPanel {
  readRails(): Promise<RailStatus[]>;
  requestArm(rails: number[]): Promise<void>;
}

export interface ArmingOptions {
  intervalMs: number;
  timeoutMs: number;
  minBatteryVolts: number;
}

export class ArmingTimeoutError extends Error {
  constructor(readonly pending: number[]) {
    super(`rails never armed: ${pending.join(', ')}`);
    this.name = 'ArmingTimeoutError';
  }
}

function pendingRails(rails: RailStatus[], minVolts: number): number[] {
  return rails
    .filter((r) => !r.armed || !r.continuityOk || r.batteryVolts < minVolts)
    .map((r) => r.rail);
}

export function waitUntilArmed(panel: FiringPanel, options: ArmingOptions): Promise<RailStatus[]> {
  return new Promise<RailStatus[]>((resolve, reject) => {
    const startedAt = Date.now();
    let inFlight = false;

    const timer = setInterval(() => {
      if (inFlight) return;
      inFlight = true;
      panel.readRails().then(
        (rails) => {
          inFlight = false;
          const pending = pendingRails(rails, options.minBatteryVolts);
          if (pending.length === 0) {
            clearInterval(timer);
            resolve(rails);
            return;
          }
          if (Date.now() - startedAt >= options.timeoutMs) {
            clearInterval(timer);
            reject(new ArmingTimeoutError(pending));
          }
        },
        (error: unknown) => {
          clearInterval(timer);
          reject(error);
        },
      );
    }, options.intervalMs);
  });
}

export async function armSegment(
  panel: FiringPanel,
  rails: number[],
  options: ArmingOptions = { intervalMs: 250, timeoutMs: 20_000, minBatteryVolts: 11.8 },
): Promise<RailStatus[]> {
  await panel.requestArm(rails);
  const status = await waitUntilArmed(panel, options);
  return status.filter((s) => rails.includes(s.rail));
}
