// expect: none
// All basket steams are started together and immediately combined with Promise.all, so every promise is observed before the results are inspected one by one.
export interface SteamerBasket {
  basketId: string;
  tier: number;
  filling: "pork-chive" | "shrimp" | "mushroom" | "custard";
  pieces: number;
}

export interface SteamResult {
  basketId: string;
  minutes: number;
  coreTempC: number;
}

export interface ServiceTicket {
  table: number;
  baskets: SteamerBasket[];
}

declare const steamerStack: {
  steam(basketId: string, minutes: number): Promise<SteamResult>;
  boilerReady(): Promise<boolean>;
};
declare const kitchenDisplay: {
  show(table: number, message: string): Promise<void>;
};
declare const wasteLog: {
  discard(basketId: string, reason: string): Promise<void>;
};

const STEAM_MINUTES: Record<SteamerBasket["filling"], number> = {
  "pork-chive": 10,
  shrimp: 6,
  mushroom: 7,
  custard: 8,
};
const SAFE_CORE_C: Record<SteamerBasket["filling"], number> = {
  "pork-chive": 71,
  shrimp: 63,
  mushroom: 60,
  custard: 72,
};
const MAX_TIERS = 4;

export function minutesFor(basket: SteamerBasket): number {
  const base = STEAM_MINUTES[basket.filling];
  return basket.tier >= 3 ? base + 2 : base;
}

export async function steamTicket(ticket: ServiceTicket): Promise<{ served: string[]; discarded: string[] }> {
  if (ticket.baskets.length > MAX_TIERS) {
    throw new Error(`table ${ticket.table}: ${ticket.baskets.length} baskets exceed a ${MAX_TIERS}-tier stack`);
  }
  if (!(await steamerStack.boilerReady())) {
    throw new Error("boiler still heating");
  }

  const results = await Promise.all(
    ticket.baskets.map((b) => steamerStack.steam(b.basketId, minutesFor(b))),
  );

  const served: string[] = [];
  const discarded: string[] = [];
  for (const [i, result] of results.entries()) {
    const basket = ticket.baskets[i];
    if (result.coreTempC < SAFE_CORE_C[basket.filling]) {
      await wasteLog.discard(basket.basketId, `core ${result.coreTempC} °C after ${result.minutes} min`);
      discarded.push(basket.basketId);
      continue;
    }
    served.push(basket.basketId);
  }

  const message =
    discarded.length === 0
      ? `${served.length} baskets ready`
      : `${served.length} ready, ${discarded.length} re-steaming`;
  await kitchenDisplay.show(ticket.table, message);
  return { served, discarded };
}
