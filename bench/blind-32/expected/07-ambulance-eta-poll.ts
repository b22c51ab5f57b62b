// expect: none
// waitForState keeps one request variable across iterations but reassigns it with a fresh unitStatus() call before each new poll, and never starts one it will not await.
import { setTimeout as sleep } from "node:timers/promises";

export type UnitState = "en-route" | "on-scene" | "transporting" | "at-hospital" | "available";

export interface UnitStatus {
  unitId: string;
  state: UnitState;
  lat: number;
  lon: number;
  etaSec: number | null;
  reportedAt: number;
}

interface PollOptions {
  intervalMs: number;
  maxPolls: number;
}

declare const cadGateway: {
  unitStatus(unitId: string): Promise<UnitStatus>;
  assign(unitId: string, incidentId: string): Promise<void>;
  nearestAvailable(lat: number, lon: number): Promise<string[]>;
};

declare const hospitalBoard: {
  expectArrival(hospitalId: string, unitId: string, etaSec: number): Promise<void>;
};

export async function waitForState(
  unitId: string,
  wanted: readonly UnitState[],
  { intervalMs, maxPolls }: PollOptions,
): Promise<UnitStatus> {
  let request = cadGateway.unitStatus(unitId);
  for (let poll = 1; ; poll++) {
    const status = await request;
    if (wanted.includes(status.state)) {
      return status;
    }
    if (poll >= maxPolls) {
      throw new Error(`unit ${unitId} still ${status.state} after ${maxPolls} polls`);
    }
    await sleep(intervalMs);
    request = cadGateway.unitStatus(unitId);
  }
}

export async function dispatchNearest(incidentId: string, lat: number, lon: number): Promise<UnitStatus> {
  const candidates = await cadGateway.nearestAvailable(lat, lon);
  for (const unitId of candidates) {
    try {
      await cadGateway.assign(unitId, incidentId);
    } catch {
      continue;
    }
    return waitForState(unitId, ["en-route"], { intervalMs: 1_000, maxPolls: 15 });
  }
  throw new Error(`no available unit could be assigned to incident ${incidentId}`);
}

export async function announceTransport(unitId: string, hospitalId: string): Promise<number> {
  const status = await waitForState(unitId, ["transporting"], { intervalMs: 5_000, maxPolls: 120 });
  const eta = status.etaSec ?? 15 * 60;
  await hospitalBoard.expectArrival(hospitalId, unitId, eta);
  return eta;
}

export function describeStatus(s: UnitStatus): string {
  const age = Math.round((Date.now() - s.reportedAt) / 1000);
  const eta = s.etaSec === null ? "no ETA" : `ETA ${Math.ceil(s.etaSec / 60)} min`;
  return `${s.unitId} ${s.state} (${eta}, reported ${age}s ago)`;
}
