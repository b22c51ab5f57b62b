// expect: none
// correct: the palette promise is deliberately memoised and shared by every caller, and is cleared on failure so the next call starts a fresh load.
export interface Pigment {
  code: string;
  name: string;
  hex: string;
  uvStable: boolean;
}

export interface PinwheelOrder {
  orderId: string;
  bladeCount: 4 | 6 | 8;
  colours: string[];
  outdoor: boolean;
}

declare const paintShopApi: {
  fetchPalette(season: string): Promise<Pigment[]>;
  queueSprayJob(orderId: string, pigments: Pigment[]): Promise<{ jobId: string; booth: number }>;
};

export class PaletteCatalogue {
  private palettePromise: Promise<Map<string, Pigment>> | undefined;

  constructor(private readonly season: string) {}

  private async loadPalette(): Promise<Map<string, Pigment>> {
    const pigments = await paintShopApi.fetchPalette(this.season);
    return new Map(pigments.map((p) => [p.code, p]));
  }

  palette(): Promise<Map<string, Pigment>> {
    this.palettePromise ??= this.loadPalette().catch((err: unknown) => {
      this.palettePromise = undefined;
      throw err;
    });
    return this.palettePromise;
  }

  async resolve(codes: string[]): Promise<Pigment[]> {
    const palette = await this.palette();
    return codes.map((code) => {
      const pigment = palette.get(code);
      if (!pigment) throw new Error(`pigment ${code} is not in the ${this.season} palette`);
      return pigment;
    });
  }
}

function bladeColours(order: PinwheelOrder): string[] {
  const colours: string[] = [];
  for (let blade = 0; blade < order.bladeCount; blade++) {
    colours.push(order.colours[blade % order.colours.length]);
  }
  return colours;
}

export async function scheduleSprayJobs(
  catalogue: PaletteCatalogue,
  orders: PinwheelOrder[],
): Promise<Array<{ orderId: string; jobId: string; booth: number }>> {
  const prepared = await Promise.all(
    orders.map(async (order) => {
      const pigments = await catalogue.resolve(bladeColours(order));
      if (order.outdoor && pigments.some((p) => !p.uvStable)) {
        throw new Error(`order ${order.orderId} uses pigments that fade outdoors`);
      }
      return { order, pigments };
    }),
  );

  const jobs: Array<{ orderId: string; jobId: string; booth: number }> = [];
  for (const { order, pigments } of prepared) {
    const job = await paintShopApi.queueSprayJob(order.orderId, pigments);
    jobs.push({ orderId: order.orderId, ...job });
  }
  return jobs;
}
