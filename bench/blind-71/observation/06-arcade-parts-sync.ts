// expect: none
// The price lookup is started early but gets a .catch at once, and the upload promises are collected and awaited together with nothing in between.
export interface PartRequest {
  cabinetSerial: string;
  partNumber: string;
  quantity: number;
}

export interface PriceQuote {
  partNumber: string;
  unitCents: number;
  supplier: string;
}

declare const partsCatalog: {
  quote(partNumbers: string[]): Promise<PriceQuote[]>;
};

declare const warehouse: {
  reserve(partNumber: string, quantity: number): Promise<{ reservationId: string }>;
  onHand(partNumber: string): Promise<number>;
};

declare const syncLog: {
  warn(message: string): void;
};

export interface SyncResult {
  reservations: string[];
  backordered: PartRequest[];
  estimatedCents: number | null;
}

export async function syncPartRequests(requests: PartRequest[]): Promise<SyncResult> {
  const partNumbers = [...new Set(requests.map((r) => r.partNumber))];

  const quotes = partsCatalog.quote(partNumbers).catch((err: Error) => {
    syncLog.warn(`price quote unavailable: ${err.message}`);
    return null;
  });

  const stock = new Map<string, number>();
  for (const partNumber of partNumbers) {
    stock.set(partNumber, await warehouse.onHand(partNumber));
  }

  const reservationJobs: Array<Promise<{ reservationId: string }>> = [];
  const backordered: PartRequest[] = [];
  for (const request of requests) {
    const available = stock.get(request.partNumber) ?? 0;
    if (available < request.quantity) {
      backordered.push(request);
      continue;
    }
    stock.set(request.partNumber, available - request.quantity);
    reservationJobs.push(warehouse.reserve(request.partNumber, request.quantity));
  }
  const reservations = await Promise.all(reservationJobs);

  const priceList = await quotes;
  let estimatedCents: number | null = null;
  if (priceList) {
    const byPart = new Map(priceList.map((q) => [q.partNumber, q.unitCents]));
    estimatedCents = requests.reduce((sum, r) => sum + (byPart.get(r.partNumber) ?? 0) * r.quantity, 0);
  }

  return {
    reservations: reservations.map((r) => r.reservationId),
    backordered,
    estimatedCents,
  };
}

export function groupByCabinet(requests: PartRequest[]): Map<string, PartRequest[]> {
  const groups = new Map<string, PartRequest[]>();
  for (const request of requests) {
    const list = groups.get(request.cabinetSerial) ?? [];
    list.push(request);
    groups.set(request.cabinetSerial, list);
  }
  return groups;
}
