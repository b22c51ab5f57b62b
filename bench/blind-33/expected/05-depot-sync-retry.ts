// expect: no-reused-settled-promise
// withRetry receives an already-started promise and re-awaits it on every attempt, so a failed fetch is "retried" by awaiting the same rejection again.
import { setTimeout as delay } from 'node:timers/promises';

export interface WorkOrder {
  id: string;
  tramId: string;
  bay: number;
  task: 'bogie-inspection' | 'pantograph' | 'wheel-reprofile' | 'doors' | 'hvac';
  dueBy: string;
  priority: 1 | 2 | 3;
}

export interface BayState {
  bay: number;
  occupiedBy: string | null;
  pitAvailable: boolean;
}

declare const maintenanceApi: {
  fetchWorkOrders(depotId: string): Promise<WorkOrder[]>;
  fetchBays(depotId: string): Promise<BayState[]>;
};

declare const localStore: {
  replaceWorkOrders(depotId: string, orders: WorkOrder[]): Promise<void>;
  replaceBays(depotId: string, bays: BayState[]): Promise<void>;
};

declare const log: {
  warn(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
};

function backoffMs(attempt: number): number {
  const base = 400 * 2 ** (attempt - 1);
  return Math.min(base, 8_000) + Math.floor(Math.random() * 200);
}

async function withRetry<T>(task: Promise<T>, attempts: number, label: string): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await task;
    } catch (err) {
      lastError = err;
      log.warn(`${label} failed`, { attempt, attempts, error: String(err) });
      if (attempt < attempts) {
        await delay(backoffMs(attempt));
      }
    }
  }
  throw lastError;
}

function conflicts(orders: WorkOrder[], bays: BayState[]): string[] {
  const problems: string[] = [];
  const byBay = new Map(bays.map((b) => [b.bay, b]));
  for (const order of orders) {
    const bay = byBay.get(order.bay);
    if (!bay) {
      problems.push(`${order.id}: bay ${order.bay} does not exist`);
    } else if (order.task === 'bogie-inspection' && !bay.pitAvailable) {
      problems.push(`${order.id}: bogie inspection needs a pit but bay ${order.bay} has none free`);
    } else if (bay.occupiedBy && bay.occupiedBy !== order.tramId) {
      problems.push(`${order.id}: bay ${order.bay} is occupied by ${bay.occupiedBy}`);
    }
  }
  return problems;
}

export async function syncDepot(depotId: string): Promise<{ orders: number; bays: number; conflicts: string[] }> {
  const orders = await withRetry(maintenanceApi.fetchWorkOrders(depotId), 4, 'work-orders');
  const bays = await withRetry(maintenanceApi.fetchBays(depotId), 4, 'bays');

  const sorted = [...orders].sort((a, b) => a.priority - b.priority || a.dueBy.localeCompare(b.dueBy));
  await localStore.replaceWorkOrders(depotId, sorted);
  await localStore.replaceBays(depotId, bays);

  const found = conflicts(sorted, bays);
  log.info('depot synced', { depotId, orders: sorted.length, bays: bays.length, conflicts: found.length });
  return { orders: sorted.length, bays: bays.length, conflicts: found };
}
