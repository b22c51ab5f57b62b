// expect: no-unobserved-promise
// The deposit authorization is started before the tonewood check; the backorder early return leaves it running with no handler if it rejects.
export interface Commission {
  orderId: string;
  customerId: string;
  model: 'hourglass' | 'teardrop' | 'hammered';
  courses: number;
  topWood: 'spruce' | 'cedar' | 'walnut' | 'cherry';
  depositCents: number;
}

export type IntakeOutcome =
  | { status: 'accepted'; orderId: string; authorizationId: string; benchSlot: string }
  | { status: 'backordered'; orderId: string; expectedWeeks: number }
  | { status: 'declined'; orderId: string; reason: string };

declare const payments: {
  authorize(customerId: string, cents: number, memo: string): Promise<{ authorizationId: string }>;
};

declare const woodRoom: {
  boardsAvailable(species: Commission['topWood'], minWidthMm: number): Promise<number>;
  restockWeeks(species: Commission['topWood']): Promise<number>;
};

declare const benchSchedule: {
  reserve(orderId: string, model: Commission['model']): Promise<string>;
};

const MIN_BOARD_WIDTH_MM: Record<Commission['model'], number> = {
  hourglass: 190,
  teardrop: 210,
  hammered: 330,
};

function validate(c: Commission): string | null {
  if (c.model === 'hammered' && c.courses < 12) return 'hammered dulcimers are built with at least 12 courses';
  if (c.model !== 'hammered' && c.courses > 4) return 'mountain dulcimers are built with at most 4 courses';
  if (c.depositCents < 10_000) return 'deposit below workshop minimum';
  return null;
}

export async function intake(c: Commission): Promise<IntakeOutcome> {
  const problem = validate(c);
  if (problem) {
    return { status: 'declined', orderId: c.orderId, reason: problem };
  }

  const authorization = payments.authorize(c.customerId, c.depositCents, `deposit ${c.orderId}`);

  const boards = await woodRoom.boardsAvailable(c.topWood, MIN_BOARD_WIDTH_MM[c.model]);
  if (boards < 2) {
    const expectedWeeks = await woodRoom.restockWeeks(c.topWood);
    return { status: 'backordered', orderId: c.orderId, expectedWeeks };
  }

  const { authorizationId } = await authorization;
  const benchSlot = await benchSchedule.reserve(c.orderId, c.model);
  return { status: 'accepted', orderId: c.orderId, authorizationId, benchSlot };
}

export async function intakeAll(commissions: Commission[]): Promise<IntakeOutcome[]> {
  const outcomes: IntakeOutcome[] = [];
  for (const c of commissions) {
    outcomes.push(await intake(c));
  }
  return outcomes;
}
