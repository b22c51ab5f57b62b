// expect: no-multiple-settle
// When the bus reports an error, the callback rejects but does not return, so the !ack branch rejects a second time.
import { EventEmitter } from 'node:events';

export type LockerSize = 'S' | 'M' | 'L' | 'XL';

export interface CompartmentState {
  compartmentId: string;
  doorOpen: boolean;
  occupied: boolean;
  lastChangedAt: number;
}

interface DoorCommandAck {
  accepted: boolean;
  reason?: string;
  state: CompartmentState;
}

declare const lockerBus: {
  sendOpen(
    bankId: string,
    compartmentId: string,
    pin: string,
    cb: (err: Error | null, ack?: DoorCommandAck) => void,
  ): void;
  sendClose(bankId: string, compartmentId: string, cb: (err: Error | null) => void): void;
};

declare function auditLog(entry: Record<string, unknown>): void;

export class LockerDoorError extends Error {
  constructor(
    message: string,
    readonly compartmentId: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'LockerDoorError';
  }
}

export class LockerBankController extends EventEmitter {
  private readonly states = new Map<string, CompartmentState>();

  constructor(
    private readonly bankId: string,
    private readonly sizes: ReadonlyMap<string, LockerSize>,
  ) {
    super();
  }

  findFree(size: LockerSize): string | undefined {
    for (const [id, compartmentSize] of this.sizes) {
      if (compartmentSize !== size) continue;
      const state = this.states.get(id);
      if (!state || (!state.occupied && !state.doorOpen)) return id;
    }
    return undefined;
  }

  openForPickup(compartmentId: string, pin: string): Promise<CompartmentState> {
    return new Promise<CompartmentState>((resolve, reject) => {
      lockerBus.sendOpen(this.bankId, compartmentId, pin, (err, ack) => {
        if (err) {
          reject(new LockerDoorError(`open failed for ${compartmentId}`, compartmentId, { cause: err }));
        }
        if (!ack || !ack.accepted) {
          reject(new LockerDoorError(ack?.reason ?? 'command rejected by bank', compartmentId));
          return;
        }
        this.states.set(compartmentId, ack.state);
        auditLog({ bank: this.bankId, compartmentId, action: 'open', at: ack.state.lastChangedAt });
        this.emit('opened', ack.state);
        resolve(ack.state);
      });
    });
  }

  closeAfterDeposit(compartmentId: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      lockerBus.sendClose(this.bankId, compartmentId, (err) => {
        if (err) {
          reject(new LockerDoorError(`close failed for ${compartmentId}`, compartmentId, { cause: err }));
          return;
        }
        const previous = this.states.get(compartmentId);
        this.states.set(compartmentId, {
          compartmentId,
          doorOpen: false,
          occupied: true,
          lastChangedAt: Date.now(),
        });
        auditLog({ bank: this.bankId, compartmentId, action: 'close', wasOpen: previous?.doorOpen ?? false });
        resolve();
      });
    });
  }

  occupancy(): { total: number; occupied: number } {
    let occupied = 0;
    for (const state of this.states.values()) {
      if (state.occupied) occupied += 1;
    }
    return { total: this.sizes.size, occupied };
  }
}

export async function releaseParcel(
  controller: LockerBankController,
  compartmentId: string,
  pin: string,
): Promise<CompartmentState> {
  const state = await controller.openForPickup(compartmentId, pin);
  if (!state.doorOpen) {
    throw new LockerDoorError('door reported closed after open command', compartmentId);
  }
  return state;
}
