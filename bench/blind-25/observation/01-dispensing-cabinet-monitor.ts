// expect: no-floating-promises
// The drawer-closed listener is async and EventEmitter ignores its returned promise, so a failing reconcile() becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface DrawerEvent {
  cabinetId: string;
  drawer: number;
  nurseId: string;
  closedAt: Date;
  countedQty: number;
}

export interface DispenseRecord {
  orderId: string;
  ndc: string;
  expectedQty: number;
  drawer: number;
}

declare const pharmacyDb: {
  pendingForDrawer(cabinetId: string, drawer: number): Promise<DispenseRecord[]>;
  markDispensed(orderId: string, nurseId: string, at: Date): Promise<void>;
  flagDiscrepancy(
    cabinetId: string,
    drawer: number,
    expected: number,
    counted: number,
  ): Promise<string>;
};

type Logger = (level: 'info' | 'warn' | 'error', msg: string) => void;

/**
 * Watches an automated dispensing cabinet and reconciles each drawer count
 * against the pending medication orders for that drawer.
 */
export class DispensingCabinetMonitor {
  private readonly openTickets = new Map<string, string>();
  private started = false;

  constructor(
    private readonly cabinet: EventEmitter,
    private readonly log: Logger,
  ) {}

  start(): void {
    if (this.started) return;
    this.started = true;

    this.cabinet.on('drawer-closed', async (evt: DrawerEvent) => {
      const ticket = await this.reconcile(evt);
      if (ticket) {
        this.log('warn', `discrepancy ${ticket} opened for ${evt.cabinetId}/${evt.drawer}`);
      }
    });

    this.cabinet.on('error', (err: Error) => {
      this.log('error', `cabinet ${err.message}`);
    });
  }

  stop(): void {
    this.cabinet.removeAllListeners('drawer-closed');
    this.cabinet.removeAllListeners('error');
    this.started = false;
  }

  openDiscrepancies(): ReadonlyMap<string, string> {
    return this.openTickets;
  }

  private async reconcile(evt: DrawerEvent): Promise<string | undefined> {
    const key = `${evt.cabinetId}:${evt.drawer}`;
    const pending = await pharmacyDb.pendingForDrawer(evt.cabinetId, evt.drawer);
    const expected = pending.reduce((sum, rec) => sum + rec.expectedQty, 0);

    if (expected !== evt.countedQty) {
      const ticket = await pharmacyDb.flagDiscrepancy(
        evt.cabinetId,
        evt.drawer,
        expected,
        evt.countedQty,
      );
      this.openTickets.set(key, ticket);
      return ticket;
    }

    // Counts match: close out every order that was waiting on this drawer.
    for (const rec of pending) {
      await pharmacyDb.markDispensed(rec.orderId, evt.nurseId, evt.closedAt);
    }
    this.openTickets.delete(key);
    this.log('info', `drawer ${key} reconciled (${pending.length} orders)`);
    return undefined;
  }
}
