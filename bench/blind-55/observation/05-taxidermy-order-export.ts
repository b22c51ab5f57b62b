// expect: no-unchecked-settled-results
// Bug: exportOrders casts every Promise.allSettled result to PromiseFulfilledResult and reads .value, so a rejected specimen sheet becomes undefined and crashes the CSV builder.
export interface MountOrder {
  orderId: string;
  customer: string;
  specimen: "pheasant" | "trout" | "fox" | "deer-shoulder";
  pose: string;
  dueDate: string;
}

export interface SpecimenSheet {
  orderId: string;
  tanningBatch: string;
  eyeSize: string;
  formNumber: string;
  hoursLogged: number;
}

declare const workshopDb: {
  openOrders(since: string): Promise<MountOrder[]>;
};
declare const benchNotes: {
  loadSheet(orderId: string): Promise<SpecimenSheet>;
};
declare const exporter: {
  upload(filename: string, csv: string): Promise<{ url: string }>;
};

const HEADER = ["order", "customer", "specimen", "pose", "due", "tanning", "eyes", "form", "hours"];

function csvEscape(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toRow(order: MountOrder, sheet: SpecimenSheet): string {
  return [
    order.orderId,
    order.customer,
    order.specimen,
    order.pose,
    order.dueDate,
    sheet.tanningBatch,
    sheet.eyeSize,
    sheet.formNumber,
    sheet.hoursLogged.toFixed(1),
  ]
    .map(csvEscape)
    .join(",");
}

export async function exportOrders(since: string): Promise<string> {
  const orders = await workshopDb.openOrders(since);
  const settled = await Promise.allSettled(orders.map((order) => benchNotes.loadSheet(order.orderId)));
  const sheets = settled.map((result) => (result as PromiseFulfilledResult<SpecimenSheet>).value);

  const rows = orders.map((order, i) => toRow(order, sheets[i]));
  const csv = [HEADER.join(","), ...rows].join("\n");
  const filename = `open-mounts-${since}.csv`;
  const { url } = await exporter.upload(filename, csv);
  return url;
}

export function hoursBySpecimen(orders: MountOrder[], sheets: SpecimenSheet[]): Record<string, number> {
  const byOrder = new Map(sheets.map((s) => [s.orderId, s.hoursLogged]));
  const totals: Record<string, number> = {};
  for (const order of orders) {
    totals[order.specimen] = (totals[order.specimen] ?? 0) + (byOrder.get(order.orderId) ?? 0);
  }
  return totals;
}
