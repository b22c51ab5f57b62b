// expect: none
// The payment hold and dock status requests start together and are awaited as one Promise.all, so both are observed at once.
export interface DockStatus {
  dockId: string;
  online: boolean;
  bikeId: string | null;
  batteryPct: number | null;
}

export interface PaymentHold {
  holdId: string;
  amountCents: number;
}

export interface RideStart {
  rideId: string;
  bikeId: string;
  holdId: string;
  startedAt: Date;
}

declare const payments: {
  preauthorize(riderId: string, amountCents: number): Promise<PaymentHold>;
  release(holdId: string): Promise<void>;
};

declare const docks: {
  status(dockId: string, signal?: AbortSignal): Promise<DockStatus>;
  unlock(dockId: string, bikeId: string, signal?: AbortSignal): Promise<void>;
};

declare const log: {
  error(message: string, err: unknown): void;
};

const DEPOSIT_CENTS = 1_500;
const MIN_EBIKE_BATTERY = 20;

export class UnlockError extends Error {
  constructor(
    message: string,
    readonly code: 'dock-offline' | 'empty' | 'low-battery',
  ) {
    super(message);
  }
}

export async function startRide(riderId: string, dockId: string, timeoutMs = 6_000): Promise<RideStart> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('dock did not respond')), timeoutMs);

  try {
    const holdRequest = payments.preauthorize(riderId, DEPOSIT_CENTS);
    const statusRequest = docks.status(dockId, controller.signal);
    const [hold, dock] = await Promise.all([holdRequest, statusRequest]);

    const problem = checkDock(dock);
    if (problem) {
      payments.release(hold.holdId).catch((err) => log.error(`could not release hold ${hold.holdId}`, err));
      throw problem;
    }

    await docks.unlock(dockId, dock.bikeId!, controller.signal);
    return {
      rideId: `${dockId}-${Date.now().toString(36)}`,
      bikeId: dock.bikeId!,
      holdId: hold.holdId,
      startedAt: new Date(),
    };
  } finally {
    clearTimeout(timer);
  }
}

function checkDock(dock: DockStatus): UnlockError | null {
  if (!dock.online) return new UnlockError(`dock ${dock.dockId} is offline`, 'dock-offline');
  if (!dock.bikeId) return new UnlockError(`dock ${dock.dockId} has no bike`, 'empty');
  if (dock.batteryPct !== null && dock.batteryPct < MIN_EBIKE_BATTERY) {
    return new UnlockError(`bike ${dock.bikeId} battery at ${dock.batteryPct}%`, 'low-battery');
  }
  return null;
}
