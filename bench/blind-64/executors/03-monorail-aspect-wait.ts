// expect: no-multiple-settle
// waitForAspect never clears its timeout on success, so the timer later calls reject on an already-resolved promise and holds the event loop open.
import { EventEmitter } from 'node:events';

export type Aspect = 'danger' | 'caution' | 'proceed';

export interface AspectChange {
  signalId: string;
  aspect: Aspect;
  at: number;
  interlockRef: string;
}

export interface RouteRequest {
  routeId: string;
  entrySignal: string;
  exitSignal: string;
  points: Array<{ id: string; position: 'normal' | 'reverse' }>;
}

declare class SignalBox extends EventEmitter {
  readonly boxId: string;
  setPoint(pointId: string, position: 'normal' | 'reverse'): Promise<void>;
  requestRoute(routeId: string): void;
  cancelRoute(routeId: string): void;
  currentAspect(signalId: string): Aspect;
}

export class AspectTimeoutError extends Error {
  constructor(signalId: string, wanted: Aspect, ms: number) {
    super(`signal ${signalId} did not show ${wanted} within ${ms}ms`);
    this.name = 'AspectTimeoutError';
  }
}

function waitForAspect(box: SignalBox, signalId: string, wanted: Aspect, timeoutMs: number): Promise<AspectChange> {
  return new Promise((resolve, reject) => {
    if (box.currentAspect(signalId) === wanted) {
      resolve({ signalId, aspect: wanted, at: Date.now(), interlockRef: 'already-set' });
      return;
    }

    const onAspect = (change: AspectChange) => {
      if (change.signalId !== signalId || change.aspect !== wanted) return;
      box.off('aspect', onAspect);
      resolve(change);
    };

    setTimeout(() => {
      box.off('aspect', onAspect);
      reject(new AspectTimeoutError(signalId, wanted, timeoutMs));
    }, timeoutMs);

    box.on('aspect', onAspect);
  });
}

export class RouteSetter {
  private readonly history: Array<{ routeId: string; setAt: number; ref: string }> = [];

  constructor(
    private readonly box: SignalBox,
    private readonly aspectTimeoutMs = 8_000,
  ) {}

  async setRoute(route: RouteRequest): Promise<AspectChange> {
    for (const point of route.points) {
      await this.box.setPoint(point.id, point.position);
    }

    this.box.requestRoute(route.routeId);
    try {
      const change = await waitForAspect(this.box, route.entrySignal, 'proceed', this.aspectTimeoutMs);
      this.history.push({ routeId: route.routeId, setAt: change.at, ref: change.interlockRef });
      return change;
    } catch (err) {
      this.box.cancelRoute(route.routeId);
      throw err;
    }
  }

  async releaseRoute(route: RouteRequest): Promise<void> {
    this.box.cancelRoute(route.routeId);
    await waitForAspect(this.box, route.entrySignal, 'danger', this.aspectTimeoutMs);
  }

  recent(limit = 20) {
    return this.history.slice(-limit);
  }
}
