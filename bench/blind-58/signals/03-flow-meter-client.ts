// expect: no-swallowed-abort
// readFlowRate catches the AbortError from fetch and returns a zero "stale" reading, so an aborted balance pass carries on and speeds pumps up on fake data.
export interface FlowReading {
  pumpId: string;
  litersPerMinute: number;
  sampledAt: Date;
  stale: boolean;
}

declare const pumpController: {
  setSpeedPct(pumpId: string, pct: number): Promise<void>;
  currentSpeedPct(pumpId: string): Promise<number>;
};

const GATEWAY = "http://paddy-gateway.local:8080";

export class GatewayError extends Error {
  constructor(readonly pumpId: string, readonly status: number) {
    super(`gateway returned HTTP ${status} for pump ${pumpId}`);
    this.name = "GatewayError";
  }
}

export async function readFlowRate(pumpId: string, signal: AbortSignal): Promise<FlowReading> {
  try {
    const res = await fetch(`${GATEWAY}/pumps/${encodeURIComponent(pumpId)}/flow`, { signal });
    if (!res.ok) {
      throw new GatewayError(pumpId, res.status);
    }
    const body = (await res.json()) as { litersPerMinute: number; sampledAt: string };
    return {
      pumpId,
      litersPerMinute: body.litersPerMinute,
      sampledAt: new Date(body.sampledAt),
      stale: false,
    };
  } catch (err) {
    if (err instanceof Error && err.name === "AbortError") {
      return { pumpId, litersPerMinute: 0, sampledAt: new Date(), stale: true };
    }
    throw err;
  }
}

export async function balanceField(
  pumpIds: string[],
  targetLpm: number,
  signal: AbortSignal,
): Promise<Map<string, number>> {
  const readings = await Promise.all(pumpIds.map((id) => readFlowRate(id, signal)));
  const adjustments = new Map<string, number>();

  for (const reading of readings) {
    const current = await pumpController.currentSpeedPct(reading.pumpId);
    const ratio = reading.litersPerMinute > 0 ? targetLpm / reading.litersPerMinute : 1.5;
    const next = Math.max(10, Math.min(100, Math.round(current * ratio)));
    if (next !== current) {
      await pumpController.setSpeedPct(reading.pumpId, next);
      adjustments.set(reading.pumpId, next);
    }
  }
  return adjustments;
}
