// expect: none
// awaitCollection listens for 'opened', 'error' and 'closed-empty' and has a cleared timeout; a single finish() detaches everything before settling.
import { EventEmitter } from 'node:events';

export interface LockerSlot {
  lockerId: string;
  slot: number;
  parcelId: string;
  droneId: string;
}

export interface CollectionReceipt {
  parcelId: string;
  lockerId: string;
  slot: number;
  openedAt: Date;
  pinAttempts: number;
}

declare const lockerNetwork: {
  connect(lockerId: string): EventEmitter;
  releasePin(slot: LockerSlot, pin: string): Promise<void>;
};

declare const notifications: {
  sendPin(parcelId: string, pin: string): Promise<void>;
};

export class CollectionTimeout extends Error {
  constructor(readonly slot: LockerSlot) {
    super(`parcel ${slot.parcelId} not collected from ${slot.lockerId}/${slot.slot}`);
  }
}

function awaitCollection(locker: EventEmitter, slot: LockerSlot, windowMs: number): Promise<CollectionReceipt> {
  return new Promise((resolve, reject) => {
    let pinAttempts = 0;
    const finish = (fn: () => void) => {
      clearTimeout(timer);
      locker.off('opened', onOpened);
      locker.off('pin-attempt', onPinAttempt);
      locker.off('closed-empty', onClosedEmpty);
      locker.off('error', onError);
      fn();
    };
    const onPinAttempt = (slotNo: number) => {
      if (slotNo === slot.slot) pinAttempts += 1;
    };
    const onOpened = (slotNo: number) => {
      if (slotNo !== slot.slot) return;
      finish(() =>
        resolve({ parcelId: slot.parcelId, lockerId: slot.lockerId, slot: slot.slot, openedAt: new Date(), pinAttempts }),
      );
    };
    const onClosedEmpty = (slotNo: number) => {
      if (slotNo !== slot.slot) return;
      finish(() => reject(new Error(`slot ${slot.slot} reported empty before collection`)));
    };
    const onError = (err: Error) => finish(() => reject(err));
    const timer = setTimeout(() => finish(() => reject(new CollectionTimeout(slot))), windowMs);

    locker.on('opened', onOpened);
    locker.on('pin-attempt', onPinAttempt);
    locker.on('closed-empty', onClosedEmpty);
    locker.on('error', onError);
  });
}

function generatePin(): string {
  return String(Math.floor(100000 + Math.random() * 900000));
}

export async function deliverToLocker(slot: LockerSlot, windowMs = 72 * 3600_000): Promise<CollectionReceipt> {
  const locker = lockerNetwork.connect(slot.lockerId);
  const pin = generatePin();
  await lockerNetwork.releasePin(slot, pin);
  const [receipt] = await Promise.all([
    awaitCollection(locker, slot, windowMs),
    notifications.sendPin(slot.parcelId, pin).catch((err: unknown) => {
      locker.emit('error', err instanceof Error ? err : new Error(String(err)));
    }),
  ]);
  return receipt;
}
