// expect: none
// Every branch of the mixer callback settles exactly once: errors return right after reject, and the if/else covers both outcomes.
export interface PaintOrder {
  gondola: number;
  colour: string;
  litres: number;
  coat: "primer" | "base" | "clear";
}

export interface MixTicket {
  order: PaintOrder;
  batchCode: string;
  viscositySec: number;
  mixedAt: Date;
}

interface MixerResult {
  batch: string;
  viscosity: number;
  warnings: string[];
}

declare const pigmentMixer: {
  mix(
    colour: string,
    litres: number,
    thinnerPct: number,
    done: (err: Error | null, result?: MixerResult) => void,
  ): void;
};

declare const crewBoard: {
  post(message: string): void;
};

const THINNER_BY_COAT: Record<PaintOrder["coat"], number> = {
  primer: 12,
  base: 8,
  clear: 5,
};

const MAX_VISCOSITY_SEC = 28;

export function mixForGondola(order: PaintOrder): Promise<MixTicket> {
  return new Promise<MixTicket>((resolve, reject) => {
    const thinner = THINNER_BY_COAT[order.coat];
    pigmentMixer.mix(order.colour, order.litres, thinner, (err, result) => {
      if (err) {
        return reject(err);
      }
      if (!result) {
        return reject(new Error(`mixer returned no batch for gondola ${order.gondola}`));
      }

      for (const warning of result.warnings) {
        crewBoard.post(`gondola ${order.gondola}: ${warning}`);
      }

      if (result.viscosity > MAX_VISCOSITY_SEC) {
        reject(new Error(`batch ${result.batch} too thick (${result.viscosity}s) for ${order.coat}`));
      } else {
        resolve({
          order,
          batchCode: result.batch,
          viscositySec: result.viscosity,
          mixedAt: new Date(),
        });
      }
    });
  });
}

export async function mixWheelSection(orders: PaintOrder[]): Promise<MixTicket[]> {
  const tickets: MixTicket[] = [];
  const ordered = [...orders].sort((a, b) => {
    const rank = { primer: 0, base: 1, clear: 2 } as const;
    return rank[a.coat] - rank[b.coat] || a.gondola - b.gondola;
  });

  for (const order of ordered) {
    try {
      tickets.push(await mixForGondola(order));
    } catch (err) {
      crewBoard.post(`skipping gondola ${order.gondola}: ${(err as Error).message}`);
    }
  }
  return tickets;
}
