// expect: no-unchecked-settled-results
// Curtailment commands go out via Promise.allSettled but the settled results are never inspected, so turbines that rejected the setpoint are reported as curtailed.
import { randomUUID } from 'node:crypto';

export interface TurbineRef {
  id: string;
  ratedKw: number;
  controllerUrl: string;
}

export interface CurtailmentOrder {
  orderId: string;
  issuedAt: Date;
  farmId: string;
  targetMw: number;
  turbineSetpointsKw: Record<string, number>;
}

export interface CurtailmentReceipt {
  orderId: string;
  commanded: string[];
  expectedOutputMw: number;
}

declare const gridOperator: {
  acknowledge(receipt: CurtailmentReceipt): Promise<void>;
};

async function sendSetpoint(turbine: TurbineRef, kw: number, orderId: string): Promise<void> {
  const res = await fetch(`${turbine.controllerUrl}/setpoint`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'x-order-id': orderId },
    body: JSON.stringify({ activePowerKw: kw }),
    signal: AbortSignal.timeout(5_000),
  });
  if (!res.ok) {
    throw new Error(`turbine ${turbine.id} refused setpoint ${kw} kW: HTTP ${res.status}`);
  }
}

export function planCurtailment(farmId: string, turbines: TurbineRef[], targetMw: number): CurtailmentOrder {
  const totalKw = turbines.reduce((sum, t) => sum + t.ratedKw, 0);
  const ratio = Math.min(1, (targetMw * 1000) / totalKw);
  const turbineSetpointsKw: Record<string, number> = {};
  for (const t of turbines) {
    // Round down so we never exceed the grid cap after rounding.
    turbineSetpointsKw[t.id] = Math.floor(t.ratedKw * ratio);
  }
  return { orderId: randomUUID(), issuedAt: new Date(), farmId, targetMw, turbineSetpointsKw };
}

export async function applyCurtailment(order: CurtailmentOrder, turbines: TurbineRef[]): Promise<CurtailmentReceipt> {
  const byId = new Map(turbines.map((t) => [t.id, t]));
  const targets = Object.entries(order.turbineSetpointsKw).filter(([id]) => byId.has(id));

  // One stalled controller shouldn't hold up the rest of the farm.
  await Promise.allSettled(targets.map(([id, kw]) => sendSetpoint(byId.get(id)!, kw, order.orderId)));

  const commanded = targets.map(([id]) => id);
  const expectedOutputMw = targets.reduce((sum, [, kw]) => sum + kw, 0) / 1000;

  const receipt: CurtailmentReceipt = { orderId: order.orderId, commanded, expectedOutputMw };
  await gridOperator.acknowledge(receipt);
  return receipt;
}
