// expect: none
// Every async lookup is resolved through Promise.all before being placed in the payload, so the message sent to the workshop contains only plain data.
export interface Costume {
  id: string;
  puppet: string;
  production: string;
  fabrics: Array<{ sku: string; metres: number }>;
  trims: string[];
}

export interface FabricStock {
  sku: string;
  metresOnHand: number;
  supplier: string;
}

export interface Measurements {
  puppetHeightCm: number;
  shoulderCm: number;
  jointClearanceMm: number;
}

declare const fabricStore: {
  stock(sku: string): Promise<FabricStock>;
};

declare const puppetRegistry: {
  measurements(puppet: string): Promise<Measurements>;
};

declare const workshopQueue: {
  send(topic: string, body: string): Promise<void>;
};

const WASTE_FACTOR = 1.15;

export function shortfall(needed: number, stock: FabricStock): number {
  return Math.max(0, Math.round((needed * WASTE_FACTOR - stock.metresOnHand) * 100) / 100);
}

export function scaleForPuppet(metres: number, m: Measurements): number {
  // Patterns are drafted for a 60 cm marionette; scale by area.
  const ratio = m.puppetHeightCm / 60;
  return Math.round(metres * ratio * ratio * 100) / 100;
}

export async function sendCuttingOrder(costume: Costume): Promise<{ shortfalls: Record<string, number> }> {
  const [measurements, stocks] = await Promise.all([
    puppetRegistry.measurements(costume.puppet),
    Promise.all(costume.fabrics.map((f) => fabricStore.stock(f.sku))),
  ]);

  const lines = costume.fabrics.map((f, i) => {
    const needed = scaleForPuppet(f.metres, measurements);
    return { sku: f.sku, metres: needed, supplier: stocks[i].supplier, short: shortfall(needed, stocks[i]) };
  });

  const shortfalls: Record<string, number> = {};
  for (const line of lines) if (line.short > 0) shortfalls[line.sku] = line.short;

  const body = {
    costumeId: costume.id,
    puppet: costume.puppet,
    production: costume.production,
    measurements,
    fabrics: lines,
    trims: costume.trims,
    // Strings pass through the costume at the joints; seams must leave this much clearance.
    jointClearanceMm: measurements.jointClearanceMm,
    blocked: Object.keys(shortfalls).length > 0,
  };
  await workshopQueue.send('cutting-orders', JSON.stringify(body));
  return { shortfalls };
}

export async function sendAll(costumes: Costume[]): Promise<Record<string, Record<string, number>>> {
  const results: Record<string, Record<string, number>> = {};
  for (const costume of costumes) {
    const { shortfalls } = await sendCuttingOrder(costume);
    if (Object.keys(shortfalls).length > 0) results[costume.id] = shortfalls;
  }
  return results;
}
