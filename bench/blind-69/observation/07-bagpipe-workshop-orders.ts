// expect: none
// Every cutting job pushed into the array is handed to Promise.all in the same synchronous pass, and the notification chain is returned to the caller.
export interface ReedOrder {
  orderId: string;
  customer: string;
  chanter: 'highland' | 'smallpipe' | 'border';
  quantity: number;
  strength: 'easy' | 'medium' | 'hard';
}

export interface CutBatch {
  orderId: string;
  reeds: number;
  rejects: number;
}

declare const reedBench: {
  cut(order: ReedOrder, benchId: string): Promise<CutBatch>;
  availableBenches(): Promise<string[]>;
};

declare const shipping: {
  pack(batches: readonly CutBatch[]): Promise<{ parcelId: string }>;
};

declare const mailer: {
  send(to: string, subject: string, body: string): Promise<void>;
};

const MAX_PER_BENCH = 25;

function splitOrder(order: ReedOrder): ReedOrder[] {
  const parts: ReedOrder[] = [];
  for (let left = order.quantity, part = 1; left > 0; left -= MAX_PER_BENCH, part++) {
    parts.push({ ...order, orderId: `${order.orderId}-${part}`, quantity: Math.min(left, MAX_PER_BENCH) });
  }
  return parts;
}

export async function fulfilOrder(order: ReedOrder): Promise<{ parcelId: string; reeds: number }> {
  const benches = await reedBench.availableBenches();
  if (benches.length === 0) {
    throw new Error(`no reed benches free for order ${order.orderId}`);
  }

  const jobs: Array<Promise<CutBatch>> = [];
  splitOrder(order).forEach((part, i) => {
    jobs.push(reedBench.cut(part, benches[i % benches.length]));
  });
  const batches = await Promise.all(jobs);

  const reeds = batches.reduce((sum, b) => sum + b.reeds, 0);
  if (reeds < order.quantity) {
    const rejects = batches.reduce((sum, b) => sum + b.rejects, 0);
    throw new Error(`order ${order.orderId}: only ${reeds}/${order.quantity} reeds passed (${rejects} rejected)`);
  }

  const { parcelId } = await shipping.pack(batches);
  return { parcelId, reeds };
}

export function fulfilAndNotify(order: ReedOrder, customerEmail: string): Promise<string> {
  return fulfilOrder(order).then(
    async ({ parcelId, reeds }) => {
      await mailer.send(
        customerEmail,
        `Your ${order.chanter} reeds are on the way`,
        `${reeds} ${order.strength} reeds shipped in parcel ${parcelId}.`,
      );
      return parcelId;
    },
  );
}

export async function fulfilAll(orders: readonly ReedOrder[], emails: ReadonlyMap<string, string>): Promise<string[]> {
  const parcels: string[] = [];
  for (const order of orders) {
    const email = emails.get(order.customer);
    parcels.push(email ? await fulfilAndNotify(order, email) : (await fulfilOrder(order)).parcelId);
  }
  return parcels;
}
