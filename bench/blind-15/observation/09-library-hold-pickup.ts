// expect: none
// The patron notification is started early but gets its rejection handler attached on the same line, so awaiting it after the shelf update is safe.
import { EventEmitter } from 'node:events';

export interface Hold {
  id: string;
  patronId: string;
  isbn: string;
  branch: string;
  queuedAt: Date;
}

export interface Patron {
  id: string;
  name: string;
  email?: string;
  phone?: string;
}

declare const catalog: {
  nextHold(isbn: string, branch: string): Promise<Hold | null>;
  moveToHoldShelf(holdId: string, copyBarcode: string, expiresAt: Date): Promise<{ shelfSlot: string }>;
  returnToStacks(copyBarcode: string): Promise<void>;
};
declare const patrons: {
  get(id: string): Promise<Patron>;
};
declare const messaging: {
  notify(patron: Patron, template: 'hold-ready', vars: Record<string, string>): Promise<void>;
};

const PICKUP_WINDOW_DAYS = 7;

export interface CheckInResult {
  copyBarcode: string;
  outcome: 'stacks' | 'hold-shelf';
  holdId?: string;
  shelfSlot?: string;
  patronNotified?: boolean;
}

export class HoldDesk extends EventEmitter {
  constructor(private readonly branch: string) {
    super();
  }

  async checkIn(copyBarcode: string, isbn: string): Promise<CheckInResult> {
    const hold = await catalog.nextHold(isbn, this.branch);
    if (!hold) {
      await catalog.returnToStacks(copyBarcode);
      return { copyBarcode, outcome: 'stacks' };
    }

    const patron = await patrons.get(hold.patronId);
    const expiresAt = new Date(Date.now() + PICKUP_WINDOW_DAYS * 86_400_000);

    // Sending can be slow (SMS gateway), so start it alongside the shelf update.
    const notified = messaging
      .notify(patron, 'hold-ready', {
        name: patron.name,
        branch: this.branch,
        expires: expiresAt.toDateString(),
      })
      .then(
        () => true,
        (err: unknown) => {
          this.emit('notify-failed', hold.id, err);
          return false;
        },
      );

    const { shelfSlot } = await catalog.moveToHoldShelf(hold.id, copyBarcode, expiresAt);
    const patronNotified = await notified;

    this.emit('hold-ready', { holdId: hold.id, shelfSlot, patronNotified });
    return { copyBarcode, outcome: 'hold-shelf', holdId: hold.id, shelfSlot, patronNotified };
  }
}
