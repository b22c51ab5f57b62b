// expect: none
// All async lookups are resolved with Promise.all before the work-order object is built, so JSON.stringify serialises real values and nothing nested in the body is a promise.
export interface Cabin {
  cabinId: string;
  line: string;
  gripModel: string;
}

export interface PartsCatalog {
  partsFor(gripModel: string, defect: string): Promise<Array<{ sku: string; qty: number }>>;
}

export interface Roster {
  onDutyTechnician(line: string, at: Date): Promise<{ id: string; name: string; certifiedGrips: string[] }>;
}

export interface Defect {
  code: string;
  description: string;
  severity: 'monitor' | 'repair' | 'ground';
}

export interface WorkOrderApi {
  url: string;
  token: string;
}

export async function raiseWorkOrder(
  api: WorkOrderApi,
  catalog: PartsCatalog,
  roster: Roster,
  cabin: Cabin,
  defect: Defect,
): Promise<{ workOrderId: string }> {
  const [parts, technician] = await Promise.all([
    catalog.partsFor(cabin.gripModel, defect.code),
    roster.onDutyTechnician(cabin.line, new Date()),
  ]);

  if (!technician.certifiedGrips.includes(cabin.gripModel)) {
    throw new Error(`${technician.name} is not certified on ${cabin.gripModel} grips`);
  }

  const body = {
    cabin: cabin.cabinId,
    line: cabin.line,
    defect: { code: defect.code, text: defect.description },
    priority: defect.severity === 'ground' ? 'P1' : defect.severity === 'repair' ? 'P2' : 'P4',
    assignee: technician.id,
    parts,
    raisedAt: new Date().toISOString(),
  };

  const res = await fetch(`${api.url}/work-orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    throw new Error(`Work order for ${cabin.cabinId} rejected: HTTP ${res.status}`);
  }
  return (await res.json()) as { workOrderId: string };
}

export function needsGrounding(defects: Defect[]): boolean {
  return defects.some((d) => d.severity === 'ground');
}
