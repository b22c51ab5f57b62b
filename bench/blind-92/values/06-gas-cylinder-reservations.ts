// expect: none
// `if (pending)` tests a Map lookup (Promise | undefined) on purpose, to join an in-flight reservation; every value that goes into a message or a comparison is awaited first.
export type NobleGas = 'neon' | 'argon' | 'krypton' | 'xenon' | 'helium';

export interface Reservation {
  id: string;
  gas: NobleGas;
  litres: number;
  cylinder: string;
  bench: string;
}

declare const stockroom: {
  hasStock(gas: NobleGas, litres: number): Promise<boolean>;
  allocate(gas: NobleGas, litres: number, bench: string): Promise<Reservation>;
  remaining(gas: NobleGas): Promise<number>;
};

declare const chat: { post(channel: string, text: string): Promise<void> };

const LOW_WATER_LITRES: Record<NobleGas, number> = {
  neon: 20,
  argon: 20,
  krypton: 5,
  xenon: 2,
  helium: 10,
};

/**
 * Gas fill station for the neon workshop. Two benchers pressing "reserve"
 * for the same job should share one allocation, not drain two cylinders.
 */
export class GasDesk {
  private readonly pending = new Map<string, Promise<Reservation>>();

  async reserve(jobId: string, gas: NobleGas, litres: number, bench: string): Promise<Reservation> {
    const pending = this.pending.get(jobId);
    if (pending) return pending;

    const attempt = this.allocate(gas, litres, bench);
    this.pending.set(jobId, attempt);
    try {
      return await attempt;
    } finally {
      this.pending.delete(jobId);
    }
  }

  private async allocate(gas: NobleGas, litres: number, bench: string): Promise<Reservation> {
    if (!(await stockroom.hasStock(gas, litres))) {
      throw new Error(`not enough ${gas} for ${litres} L`);
    }
    const reservation = await stockroom.allocate(gas, litres, bench);

    const left = await stockroom.remaining(gas);
    if (left <= LOW_WATER_LITRES[gas]) {
      await chat.post('#workshop', `${gas} is down to ${left} L after ${reservation.cylinder} went to ${bench}`);
    }
    return reservation;
  }

  async sameCylinder(a: string, b: string): Promise<boolean> {
    const ra = this.pending.get(a);
    const rb = this.pending.get(b);
    if (!ra || !rb) return false;
    const [first, second] = await Promise.all([ra, rb]);
    return first.cylinder === second.cylinder;
  }
}
