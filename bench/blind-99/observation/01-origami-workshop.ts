// expect: none
// The per-order async map is awaited through Promise.all and the returned array of promises is never dropped, so every kit reservation is observed and a failure rejects fulfilKitOrders.
export interface KitOrder {
  orderId: string;
  attendee: string;
  model: 'crane' | 'kusudama' | 'tessellation' | 'dragon';
  sheets: number;
}

export interface PaperStock {
  reserve(model: KitOrder['model'], sheets: number): Promise<string>;
  release(reservationId: string): Promise<void>;
}

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<void>;
}

export interface KitConfirmation {
  orderId: string;
  reservationId: string;
}

const SHEETS_PER_MODEL: Record<KitOrder['model'], number> = {
  crane: 1,
  kusudama: 30,
  tessellation: 2,
  dragon: 4,
};

export class KitPacker {
  constructor(private readonly stock: PaperStock, private readonly mailer: Mailer) {}

  async fulfilKitOrders(orders: KitOrder[]): Promise<KitConfirmation[]> {
    const valid = orders.filter((o) => o.sheets >= SHEETS_PER_MODEL[o.model]);
    return Promise.all(
      valid.map(async (order) => {
        const reservationId = await this.stock.reserve(order.model, order.sheets);
        try {
          await this.mailer.send(
            order.attendee,
            `Your ${order.model} kit is packed`,
            `Order ${order.orderId}: ${order.sheets} sheets set aside (ref ${reservationId}).`,
          );
        } catch (err) {
          await this.stock.release(reservationId);
          throw err;
        }
        return { orderId: order.orderId, reservationId };
      }),
    );
  }

  async cancel(confirmations: KitConfirmation[]): Promise<void> {
    await Promise.all(confirmations.map((c) => this.stock.release(c.reservationId)));
  }
}

export function summarise(orders: KitOrder[]): string {
  const byModel = new Map<string, number>();
  for (const o of orders) byModel.set(o.model, (byModel.get(o.model) ?? 0) + o.sheets);
  return [...byModel].map(([model, sheets]) => `${model}: ${sheets} sheets`).join(', ');
}
