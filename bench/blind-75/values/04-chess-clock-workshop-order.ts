// expect: none
// The order payload is built only from awaited values (Promise.all destructuring and inline awaits) before it is serialised and posted.
export interface ClockModel {
  model: string;
  movement: 'mechanical' | 'digital';
  faces: 2;
  caseWood: 'walnut' | 'rosewood' | 'beech';
}

export interface PartLine {
  sku: string;
  count: number;
  unitCents: number;
}

export interface WorkshopOrder {
  orderRef: string;
  model: string;
  quantity: number;
  parts: PartLine[];
  flags: string[];
  totalCents: number;
  engraving: string | null;
}

declare const catalogue: {
  model(model: string): Promise<ClockModel>;
  movementParts(movement: ClockModel['movement'], quantity: number): Promise<PartLine[]>;
  caseParts(wood: ClockModel['caseWood'], quantity: number): Promise<PartLine[]>;
  flagKit(quantity: number): Promise<PartLine>;
};

declare const engravingDesk: {
  proofFor(orderRef: string): Promise<string | null>;
};

declare const workshopApi: {
  baseUrl: string;
};

function sumCents(lines: PartLine[]): number {
  return lines.reduce((total, line) => total + line.count * line.unitCents, 0);
}

export async function buildOrder(orderRef: string, modelName: string, quantity: number): Promise<WorkshopOrder> {
  const model = await catalogue.model(modelName);
  const [movement, casing, flags] = await Promise.all([
    catalogue.movementParts(model.movement, quantity),
    catalogue.caseParts(model.caseWood, quantity),
    catalogue.flagKit(quantity * model.faces),
  ]);
  const parts = [...movement, ...casing, flags];
  const warnings: string[] = [];
  if (model.movement === 'mechanical' && quantity > 20) warnings.push('mechanical batch above 20 needs a second fitter');
  if (model.caseWood === 'rosewood') warnings.push('rosewood requires CITES paperwork');

  return {
    orderRef,
    model: model.model,
    quantity,
    parts,
    flags: warnings,
    totalCents: sumCents(parts),
    engraving: await engravingDesk.proofFor(orderRef),
  };
}

export async function submitOrder(order: WorkshopOrder): Promise<{ accepted: boolean; ticket?: string }> {
  const res = await fetch(`${workshopApi.baseUrl}/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...order,
      submittedAt: new Date().toISOString(),
      lineCount: order.parts.length,
    }),
  });
  if (res.status === 422) return { accepted: false };
  if (!res.ok) throw new Error(`workshop rejected order ${order.orderRef}: ${res.status}`);
  const { ticket } = (await res.json()) as { ticket: string };
  return { accepted: true, ticket };
}

export async function orderClocks(orderRef: string, modelName: string, quantity: number): Promise<string> {
  const order = await buildOrder(orderRef, modelName, quantity);
  const outcome = await submitOrder(order);
  return outcome.accepted
    ? `order ${orderRef} accepted as ${outcome.ticket} (${(order.totalCents / 100).toFixed(2)})`
    : `order ${orderRef} needs review: ${order.flags.join('; ') || 'no flags'}`;
}
