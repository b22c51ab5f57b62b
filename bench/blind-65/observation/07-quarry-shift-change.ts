// expect: no-unobserved-promise
// The halt requests are started for every belt, but the missing-lead check throws before they are awaited, leaving them unobserved.
export interface ConveyorBelt {
  beltId: string;
  section: 'primary-crusher' | 'screening' | 'stockpile';
  tonnesPerHour: number;
  requestHalt(reason: string): Promise<{ beltId: string; stoppedAt: number; residualTonnes: number }>;
  start(operator: string): Promise<void>;
}

export interface CrewMember {
  badge: string;
  name: string;
  role: 'lead' | 'operator' | 'spotter';
  certifiedSections: ConveyorBelt['section'][];
}

export class ShiftChangeError extends Error {
  override name = 'ShiftChangeError';
}

declare const shiftLog: {
  record(entry: { kind: string; detail: string; at: number }): void;
};

function assignOperators(belts: ConveyorBelt[], crew: CrewMember[]): Map<string, CrewMember> {
  const assignments = new Map<string, CrewMember>();
  const available = crew.filter((c) => c.role === 'operator');
  for (const belt of belts) {
    const index = available.findIndex((c) => c.certifiedSections.includes(belt.section));
    if (index === -1) {
      throw new ShiftChangeError(`No operator certified for ${belt.section} belt ${belt.beltId}`);
    }
    const [operator] = available.splice(index, 1);
    assignments.set(belt.beltId, operator);
  }
  return assignments;
}

export async function rotateShift(belts: ConveyorBelt[], incoming: CrewMember[]): Promise<Map<string, CrewMember>> {
  const haltRequests = belts.map((belt) => belt.requestHalt('shift-change'));

  const lead = incoming.find((c) => c.role === 'lead');
  if (!lead) {
    throw new ShiftChangeError('Incoming crew has no shift lead; belts stay with the outgoing crew');
  }
  const assignments = assignOperators(belts, incoming);

  const halted = await Promise.all(haltRequests);
  const residual = halted.reduce((sum, h) => sum + h.residualTonnes, 0);
  shiftLog.record({
    kind: 'halt',
    detail: `${halted.length} belts stopped with ${residual.toFixed(1)}t on the line`,
    at: Date.now(),
  });

  for (const belt of belts) {
    const operator = assignments.get(belt.beltId)!;
    await belt.start(operator.badge);
  }
  shiftLog.record({ kind: 'handover', detail: `Shift lead ${lead.name} took over`, at: Date.now() });
  return assignments;
}

export function throughputBySection(belts: ConveyorBelt[]): Record<ConveyorBelt['section'], number> {
  const totals: Record<ConveyorBelt['section'], number> = { 'primary-crusher': 0, screening: 0, stockpile: 0 };
  for (const belt of belts) totals[belt.section] += belt.tonnesPerHour;
  return totals;
}

export function bottleneck(belts: ConveyorBelt[]): ConveyorBelt['section'] {
  const totals = throughputBySection(belts);
  return (Object.keys(totals) as ConveyorBelt['section'][]).reduce((min, s) => (totals[s] < totals[min] ? s : min));
}
