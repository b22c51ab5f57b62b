// expect: no-swallowed-abort
// dispatchRoute wraps every failure, AbortError included, in a DispatchError, so callers can no longer tell a cancelled dispatch from a real fault.
export interface PlowRoute {
  routeId: string;
  priority: 'arterial' | 'collector' | 'residential';
  lengthKm: number;
  saltTonnes: number;
}

export interface Plow {
  plowId: string;
  depot: string;
  saltCapacityTonnes: number;
  saltLoadedTonnes: number;
}

export interface DispatchTicket {
  ticketId: string;
  plowId: string;
  routeId: string;
  etaMinutes: number;
}

export class DispatchError extends Error {
  override name = 'DispatchError';
  constructor(message: string, readonly routeId: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

declare const FLEET_GATEWAY: string;
declare const dispatchLog: { info(msg: string, data?: Record<string, unknown>): void };

function choosePlow(route: PlowRoute, plows: Plow[]): Plow | undefined {
  return plows
    .filter((p) => p.saltLoadedTonnes >= route.saltTonnes)
    .sort((a, b) => a.saltLoadedTonnes - b.saltLoadedTonnes)[0];
}

export async function dispatchRoute(route: PlowRoute, plows: Plow[], signal: AbortSignal): Promise<DispatchTicket> {
  const plow = choosePlow(route, plows);
  if (!plow) {
    throw new DispatchError(`No plow carries ${route.saltTonnes}t of salt for ${route.routeId}`, route.routeId);
  }

  try {
    const res = await fetch(`${FLEET_GATEWAY}/plows/${plow.plowId}/dispatch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ routeId: route.routeId, priority: route.priority }),
      signal,
    });
    if (!res.ok) {
      throw new Error(`gateway answered ${res.status}`);
    }
    const ticket = (await res.json()) as DispatchTicket;
    plow.saltLoadedTonnes -= route.saltTonnes;
    dispatchLog.info('plow dispatched', { plowId: plow.plowId, routeId: route.routeId, eta: ticket.etaMinutes });
    return ticket;
  } catch (err) {
    throw new DispatchError(`Dispatch of ${plow.plowId} to ${route.routeId} failed`, route.routeId, { cause: err });
  }
}

export async function dispatchStorm(routes: PlowRoute[], plows: Plow[], signal: AbortSignal) {
  const order: PlowRoute['priority'][] = ['arterial', 'collector', 'residential'];
  const sorted = [...routes].sort((a, b) => order.indexOf(a.priority) - order.indexOf(b.priority));
  const tickets: DispatchTicket[] = [];
  const unassigned: string[] = [];

  for (const route of sorted) {
    try {
      tickets.push(await dispatchRoute(route, plows, signal));
    } catch (err) {
      if (err instanceof DispatchError) {
        unassigned.push(err.routeId);
        continue;
      }
      throw err;
    }
  }
  return { tickets, unassigned };
}
