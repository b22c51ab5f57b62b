// expect: none
// requestRoute() listens for grant, refusal, bus fault and timeout, and a single settle() removes every listener and clears the timer before settling, so each request settles exactly once on every path.
import { EventEmitter } from 'node:events';

export type RouteId = `R${number}`;

export interface RouteGrant {
  routeId: RouteId;
  lockedPoints: string[];
  grantedAt: number;
}

export interface LockFrame {
  op: 'lock' | 'release';
  routeId: RouteId;
  requestId: number;
}

export interface InterlockingBus extends EventEmitter {
  send(frame: LockFrame): void;
}

interface GrantedMsg {
  requestId: number;
  points: string[];
}

interface RefusedMsg {
  requestId: number;
  conflict: string;
}

let nextRequestId = 1;

export function requestRoute(bus: InterlockingBus, routeId: RouteId, timeoutMs = 3000): Promise<RouteGrant> {
  const requestId = nextRequestId++;
  return new Promise<RouteGrant>((resolve, reject) => {
    const onGranted = (msg: GrantedMsg) => {
      if (msg.requestId !== requestId) return;
      settle(() => resolve({ routeId, lockedPoints: msg.points, grantedAt: Date.now() }));
    };
    const onRefused = (msg: RefusedMsg) => {
      if (msg.requestId !== requestId) return;
      settle(() => reject(new Error(`route ${routeId} refused: conflicts with ${msg.conflict}`)));
    };
    const onFault = (err: Error) => settle(() => reject(err));
    const timer = setTimeout(() => {
      settle(() => reject(new Error(`no response from interlocking for ${routeId} within ${timeoutMs}ms`)));
    }, timeoutMs);

    function settle(action: () => void): void {
      clearTimeout(timer);
      bus.off('granted', onGranted);
      bus.off('refused', onRefused);
      bus.off('fault', onFault);
      action();
    }

    bus.on('granted', onGranted);
    bus.on('refused', onRefused);
    bus.on('fault', onFault);
    try {
      bus.send({ op: 'lock', routeId, requestId });
    } catch (err) {
      settle(() => reject(err));
    }
  });
}

export function releaseRoute(bus: InterlockingBus, routeId: RouteId): void {
  bus.send({ op: 'release', routeId, requestId: nextRequestId++ });
}

export async function setRouteSequence(bus: InterlockingBus, routes: RouteId[]): Promise<RouteGrant[]> {
  const granted: RouteGrant[] = [];
  try {
    for (const routeId of routes) {
      granted.push(await requestRoute(bus, routeId));
    }
    return granted;
  } catch (err) {
    for (const g of granted.reverse()) releaseRoute(bus, g.routeId);
    throw err;
  }
}
