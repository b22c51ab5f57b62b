// expect: none
// The tide forecast is started early but .then(onFulfilled, onRejected) is attached immediately, so it can never reject unobserved while the crane reservation is awaited.
export interface VesselCall {
  callId: string;
  vessel: string;
  draughtM: number;
  lengthM: number;
  eta: Date;
}

export interface Berth {
  berthId: string;
  depthM: number;
  lengthM: number;
  cranes: string[];
}

export interface TideWindow {
  from: Date;
  to: Date;
  minHeightM: number;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

declare const tides: { forecast(berthId: string, around: Date): Promise<TideWindow[]> };
declare const craneBook: {
  reserve(cranes: string[], from: Date, hours: number): Promise<string>;
  release(reservationId: string): Promise<void>;
};
declare const berthDb: { assign(callId: string, berthId: string, at: Date, reservationId: string): Promise<void> };

const UNDER_KEEL_M = 0.8;

function settle<T>(promise: Promise<T>): Promise<Outcome<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

function firstSafeWindow(windows: TideWindow[], berth: Berth, call: VesselCall): TideWindow | undefined {
  return windows
    .filter((w) => w.to.getTime() >= call.eta.getTime())
    .find((w) => berth.depthM + w.minHeightM >= call.draughtM + UNDER_KEEL_M);
}

export async function planBerthing(call: VesselCall, berth: Berth, hours: number): Promise<Date> {
  if (call.lengthM > berth.lengthM) {
    throw new Error(`${call.vessel} (${call.lengthM}m) does not fit berth ${berth.berthId}`);
  }

  const tideOutcome = settle(tides.forecast(berth.berthId, call.eta));
  const reservationId = await craneBook.reserve(berth.cranes, call.eta, hours);

  const tide = await tideOutcome;
  if (!tide.ok) {
    await craneBook.release(reservationId);
    throw new Error(`no tide forecast for ${berth.berthId}`, { cause: tide.error });
  }

  const window = firstSafeWindow(tide.value, berth, call);
  if (!window) {
    await craneBook.release(reservationId);
    throw new Error(`${call.vessel} draught ${call.draughtM}m has no safe tide at ${berth.berthId}`);
  }

  const alongside = new Date(Math.max(window.from.getTime(), call.eta.getTime()));
  await berthDb.assign(call.callId, berth.berthId, alongside, reservationId);
  return alongside;
}
