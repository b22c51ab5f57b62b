// expect: none
// pollUntil receives a probe function and calls it for a fresh status request on every iteration.
import { setTimeout as delay } from "node:timers/promises";

export type BlastState = "scheduled" | "charging" | "clear-zone" | "fired" | "inspected" | "aborted";

export interface BlastStatus {
  blastId: string;
  state: BlastState;
  updatedAt: string;
  inspector?: string;
}

export interface ShipmentRequest {
  bench: string;
  grade: "A1" | "A2" | "B";
  tonnes: number;
}

declare const quarryApi: {
  blastStatus(blastId: string): Promise<BlastStatus>;
  createShipment(req: ShipmentRequest): Promise<{ shipmentId: string }>;
};

declare const siteLog: { info(msg: string): void };

export interface PollOptions {
  intervalMs: number;
  timeoutMs: number;
}

export async function pollUntil<T>(
  probe: () => Promise<T>,
  isDone: (value: T) => boolean,
  { intervalMs, timeoutMs }: PollOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (isDone(value)) {
      return value;
    }
    if (Date.now() + intervalMs > deadline) {
      throw new Error(`condition not met within ${timeoutMs}ms`);
    }
    await delay(intervalMs);
  }
}

const TERMINAL: ReadonlySet<BlastState> = new Set(["inspected", "aborted"]);

export async function shipAfterBlast(blastId: string, bench: string, tonnesByGrade: Record<ShipmentRequest["grade"], number>) {
  const status = await pollUntil(
    () => quarryApi.blastStatus(blastId),
    (s) => TERMINAL.has(s.state),
    { intervalMs: 30_000, timeoutMs: 4 * 60 * 60_000 },
  );

  if (status.state === "aborted") {
    siteLog.info(`blast ${blastId} aborted at ${status.updatedAt}; no shipments created`);
    return [];
  }

  siteLog.info(`blast ${blastId} inspected by ${status.inspector ?? "unknown"}`);
  const shipments: string[] = [];
  for (const grade of ["A1", "A2", "B"] as const) {
    const tonnes = tonnesByGrade[grade];
    if (tonnes <= 0) continue;
    const { shipmentId } = await quarryApi.createShipment({ bench, grade, tonnes });
    shipments.push(shipmentId);
  }
  return shipments;
}
