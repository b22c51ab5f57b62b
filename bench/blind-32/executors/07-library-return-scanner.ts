// expect: no-multiple-settle
// The async executor awaits kiosk.openSession before wiring resolve/reject, so if opening the session rejects the returned promise never settles.
import { EventEmitter } from "node:events";

export interface ReturnedItem {
  barcode: string;
  rfidTag: string;
  scannedAt: Date;
}

export interface ReturnReceipt {
  patronId: string;
  items: ReturnedItem[];
  lateFeesCents: number;
}

interface KioskSession extends EventEmitter {
  id: string;
  close(): Promise<void>;
}

declare const kiosk: {
  openSession(kioskId: string, patronId: string): Promise<KioskSession>;
};

declare const circulation: {
  checkIn(barcode: string, branch: string): Promise<{ dueDate: Date; overdueDays: number }>;
};

const FEE_PER_DAY_CENTS = 25;
const FEE_CAP_CENTS = 1_000;

function collectReturns(kioskId: string, patronId: string, idleMs: number): Promise<ReturnedItem[]> {
  return new Promise<ReturnedItem[]>(async (resolve, reject) => {
    const session = await kiosk.openSession(kioskId, patronId);
    const items: ReturnedItem[] = [];
    let idleTimer: ReturnType<typeof setTimeout> | undefined;

    const finish = (err?: Error) => {
      clearTimeout(idleTimer);
      session.removeAllListeners();
      session.close().then(
        () => (err ? reject(err) : resolve(items)),
        (closeErr: Error) => reject(err ?? closeErr),
      );
    };
    const armIdle = () => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => finish(), idleMs);
    };

    session.on("scan", (barcode: string, rfidTag: string) => {
      if (!items.some((i) => i.barcode === barcode)) {
        items.push({ barcode, rfidTag, scannedAt: new Date() });
      }
      armIdle();
    });
    session.once("done", () => finish());
    session.once("error", (err: Error) => finish(err));
    armIdle();
  });
}

function feeFor(overdueDays: number): number {
  return Math.min(FEE_CAP_CENTS, Math.max(0, overdueDays) * FEE_PER_DAY_CENTS);
}

export async function processReturns(
  kioskId: string,
  branch: string,
  patronId: string,
): Promise<ReturnReceipt> {
  const items = await collectReturns(kioskId, patronId, 20_000);
  let lateFeesCents = 0;

  for (const item of items) {
    const { overdueDays } = await circulation.checkIn(item.barcode, branch);
    lateFeesCents += feeFor(overdueDays);
  }

  return { patronId, items, lateFeesCents };
}

export function formatReceipt(receipt: ReturnReceipt): string {
  const lines = receipt.items.map((i) => `  ${i.barcode}  ${i.scannedAt.toLocaleTimeString()}`);
  const fees = (receipt.lateFeesCents / 100).toFixed(2);
  return [`Patron ${receipt.patronId}`, ...lines, `Late fees: $${fees}`].join("\n");
}
