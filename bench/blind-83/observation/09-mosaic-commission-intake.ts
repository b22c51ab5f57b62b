// expect: none
// The async work behind the 'commission' listener gets a .catch handler right away, and tile orders are processed with for...of and awaited rather than forEach.
import { EventEmitter } from 'node:events';

interface Commission {
  id: string;
  client: string;
  areaM2: number;
  style: 'roman' | 'byzantine' | 'pique-assiette' | 'opus-sectile';
  palette: string[];
}

interface TileOrder {
  colour: string;
  kg: number;
}

declare const supplier: {
  reserve(order: TileOrder): Promise<{ ref: string; etaDays: number }>;
};

declare const studioBoard: {
  pin(commissionId: string, note: string): Promise<void>;
};

const KG_PER_M2: Record<Commission['style'], number> = {
  roman: 19,
  byzantine: 23,
  'pique-assiette': 14,
  'opus-sectile': 28,
};

export function tileOrders(c: Commission): TileOrder[] {
  const totalKg = c.areaM2 * KG_PER_M2[c.style] * 1.1;
  const share = totalKg / Math.max(1, c.palette.length);
  return c.palette.map((colour) => ({ colour, kg: Math.ceil(share) }));
}

export class CommissionIntake extends EventEmitter {
  private readonly reservations = new Map<string, string[]>();

  constructor() {
    super();
    this.on('commission', (c: Commission) => {
      this.prepare(c).catch((err: unknown) => {
        this.emit('intake-failed', { id: c.id, err });
      });
    });
  }

  private async prepare(c: Commission): Promise<void> {
    const refs: string[] = [];
    let longestEta = 0;
    for (const order of tileOrders(c)) {
      const { ref, etaDays } = await supplier.reserve(order);
      refs.push(ref);
      longestEta = Math.max(longestEta, etaDays);
    }
    this.reservations.set(c.id, refs);
    await studioBoard.pin(c.id, `${c.client}: ${c.areaM2}m² ${c.style}, tiles in ${longestEta}d`);
    this.emit('ready', c.id);
  }

  reservationsFor(id: string): readonly string[] {
    return this.reservations.get(id) ?? [];
  }
}

export async function reserveAll(commissions: Commission[]): Promise<Map<string, number>> {
  const etas = new Map<string, number>();
  await Promise.all(
    commissions.map(async (c) => {
      const replies = await Promise.all(tileOrders(c).map((o) => supplier.reserve(o)));
      etas.set(c.id, Math.max(0, ...replies.map((r) => r.etaDays)));
    }),
  );
  return etas;
}
