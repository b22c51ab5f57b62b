// expect: no-floating-promises
// stormLockdown parks the cranes with forEach(async ...), so the lockdown is reported complete before any crane is parked and park failures go unhandled.
export interface QuayCrane {
  craneId: string;
  berth: string;
  boomUp: boolean;
  spreaderLoaded: boolean;
  trolleyPositionM: number;
}

export interface MoveOrder {
  orderId: string;
  craneId: string;
  containerId: string;
  from: { bay: number; row: number; tier: number };
  to: { bay: number; row: number; tier: number };
}

declare const craneControl: {
  status(craneId: string): Promise<QuayCrane>;
  setDownLoad(craneId: string): Promise<void>;
  parkAndPin(craneId: string): Promise<void>;
  suspendOrders(craneId: string): Promise<MoveOrder[]>;
};

declare const terminalOps: {
  requeue(orders: MoveOrder[]): Promise<void>;
  broadcast(message: string): Promise<void>;
  lockdownComplete(berths: string[]): Promise<void>;
};

declare const weather: {
  gustForecastMs(minutesAhead: number): Promise<number>;
};

const GUST_LIMIT_MS = 20;

async function secureCrane(craneId: string): Promise<MoveOrder[]> {
  const suspended = await craneControl.suspendOrders(craneId);
  const status = await craneControl.status(craneId);
  if (status.spreaderLoaded) {
    await craneControl.setDownLoad(craneId);
  }
  await craneControl.parkAndPin(craneId);
  return suspended;
}

export async function stormLockdown(craneIds: string[]): Promise<{ berths: string[]; cranes: number }> {
  await terminalOps.broadcast("High wind lockdown: finish current lift, stand by for parking");

  const statuses = await Promise.all(craneIds.map((id) => craneControl.status(id)));
  const berths = [...new Set(statuses.map((s) => s.berth))];

  craneIds.forEach(async (craneId) => {
    const suspended = await secureCrane(craneId);
    if (suspended.length > 0) {
      await terminalOps.requeue(suspended);
    }
  });

  await terminalOps.lockdownComplete(berths);
  await terminalOps.broadcast(`Lockdown complete on berths ${berths.join(", ")}`);
  return { berths, cranes: craneIds.length };
}

export async function checkWindAndLock(craneIds: string[]): Promise<boolean> {
  const gust = await weather.gustForecastMs(30);
  if (gust < GUST_LIMIT_MS) {
    return false;
  }
  await stormLockdown(craneIds);
  return true;
}

export function moveDistance(order: MoveOrder): number {
  const bayPitchM = 6.1;
  const rowPitchM = 2.44;
  const tierPitchM = 2.59;
  return (
    Math.abs(order.from.bay - order.to.bay) * bayPitchM +
    Math.abs(order.from.row - order.to.row) * rowPitchM +
    Math.abs(order.from.tier - order.to.tier) * tierPitchM
  );
}
