// expect: no-promise-as-value
// estimateShipDate is async but its result goes into the confirmation payload without await, so the mailer receives a pending promise (serialised as {}) instead of the ship date.
export interface PressingOrder {
  id: string;
  label: string;
  contactEmail: string;
  copies: number;
  pressType: '12in' | '7in';
  jacket: 'plain' | 'printed' | 'gatefold';
}

interface PressSlot {
  id: string;
  pressDate: string;
  pressId: string;
}

interface PlantPlanner {
  reserveSlot(pressType: PressingOrder['pressType'], copies: number): Promise<PressSlot>;
  jacketBacklogDays(jacket: PressingOrder['jacket']): Promise<number>;
}

interface Mailer {
  send(message: { to: string; template: string; data: Record<string, unknown> }): Promise<void>;
}

const UNIT_CENTS: Record<PressingOrder['pressType'], number> = { '12in': 420, '7in': 210 };
const JACKET_CENTS: Record<PressingOrder['jacket'], number> = { plain: 35, printed: 95, gatefold: 210 };

export class OrderConfirmation {
  constructor(
    private readonly plant: PlantPlanner,
    private readonly mailer: Mailer,
  ) {}

  async confirm(order: PressingOrder): Promise<PressSlot> {
    const slot = await this.plant.reserveSlot(order.pressType, order.copies);

    const payload = {
      orderId: order.id,
      label: order.label,
      copies: order.copies,
      pressSlot: slot.id,
      pressDate: slot.pressDate,
      shipDate: this.estimateShipDate(slot, order),
      totalCents: this.price(order),
    };

    await this.mailer.send({ to: order.contactEmail, template: 'order-confirmed', data: payload });
    return slot;
  }

  price(order: PressingOrder): number {
    const setup = order.copies < 300 ? 15_000 : 9_000;
    const perUnit = UNIT_CENTS[order.pressType] + JACKET_CENTS[order.jacket];
    return setup + perUnit * order.copies;
  }

  private async estimateShipDate(slot: PressSlot, order: PressingOrder): Promise<string> {
    const backlog = await this.plant.jacketBacklogDays(order.jacket);
    const qcDays = order.copies > 1_000 ? 3 : 2;
    const ship = new Date(`${slot.pressDate}T00:00:00Z`);
    ship.setUTCDate(ship.getUTCDate() + Math.max(backlog, 1) + qcDays);
    while (ship.getUTCDay() === 0 || ship.getUTCDay() === 6) {
      ship.setUTCDate(ship.getUTCDate() + 1);
    }
    return ship.toISOString().slice(0, 10);
  }
}
