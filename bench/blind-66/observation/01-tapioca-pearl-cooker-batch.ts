// expect: no-unobserved-promise
// The starch lot check is started before the kettle is reserved, filled and heated, so if it rejects during those awaits nothing is attached to it yet.
export interface PearlOrder {
  orderId: string;
  store: string;
  starchLotId: string;
  litres: number;
  style: 'black-sugar' | 'classic' | 'mini';
}

export interface StarchLot {
  lotId: string;
  supplier: string;
  expiresOn: string;
  moisturePct: number;
}

export interface CookedBatch {
  orderId: string;
  kettleId: string;
  lot: StarchLot;
  boilMinutes: number;
  restMinutes: number;
}

interface Kettle {
  id: string;
  fill(litres: number): Promise<void>;
  heatTo(celsius: number): Promise<void>;
  boil(minutes: number): Promise<void>;
  release(): Promise<void>;
}

declare const kettleBank: {
  reserve(litres: number): Promise<Kettle>;
};

declare const pantry: {
  verifyStarchLot(lotId: string): Promise<StarchLot>;
  consume(lotId: string, grams: number): Promise<void>;
};

const BOIL_MINUTES: Record<PearlOrder['style'], number> = {
  'black-sugar': 25,
  classic: 30,
  mini: 12,
};

function gramsOfPearls(order: PearlOrder): number {
  const ratio = order.style === 'mini' ? 90 : 120;
  return Math.round(order.litres * ratio);
}

export async function cookPearls(order: PearlOrder): Promise<CookedBatch> {
  const lotCheck = pantry.verifyStarchLot(order.starchLotId);
  const kettle = await kettleBank.reserve(order.litres * 6);

  try {
    await kettle.fill(order.litres * 6);
    await kettle.heatTo(100);

    const lot = await lotCheck;
    if (new Date(lot.expiresOn).getTime() < Date.now()) {
      throw new Error(`starch lot ${lot.lotId} from ${lot.supplier} expired on ${lot.expiresOn}`);
    }
    const boilMinutes = BOIL_MINUTES[order.style] + (lot.moisturePct > 14 ? 3 : 0);

    await pantry.consume(lot.lotId, gramsOfPearls(order));
    await kettle.boil(boilMinutes);
    return {
      orderId: order.orderId,
      kettleId: kettle.id,
      lot,
      boilMinutes,
      restMinutes: order.style === 'black-sugar' ? 20 : 15,
    };
  } finally {
    await kettle.release();
  }
}

export async function cookMorningOrders(orders: readonly PearlOrder[]): Promise<CookedBatch[]> {
  const batches: CookedBatch[] = [];
  for (const order of [...orders].sort((a, b) => b.litres - a.litres)) {
    batches.push(await cookPearls(order));
  }
  return batches;
}
