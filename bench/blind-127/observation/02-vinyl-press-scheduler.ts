// expect: no-floating-promises
// The async callback handed to forEach is never awaited, so scheduleRun reports success before the matrix reservations are written and any reservation failure becomes an unhandled rejection.
export interface PressingOrder {
  orderId: string;
  matrixId: string;
  copies: number;
  weightGrams: 140 | 180;
  colour: 'black' | 'splatter' | 'clear';
}

export interface PressRun {
  runId: string;
  pressId: string;
  orderId: string;
  reservationId: string;
  shift: string;
  copies: number;
}

interface MatrixInventory {
  reserve(matrixId: string, pressId: string, copies: number): Promise<{ reservationId: string }>;
}

interface RunStore {
  insertRun(run: PressRun): Promise<void>;
  markScheduled(orderId: string, runId: string): Promise<void>;
}

export interface ScheduleSummary {
  pressId: string;
  shift: string;
  scheduled: string[];
  skipped: string[];
  copies: number;
}

export class PressingScheduler {
  constructor(
    private readonly matrices: MatrixInventory,
    private readonly runs: RunStore,
    private readonly capacityPerShift = 4_000,
  ) {}

  private fitsPress(order: PressingOrder, pressId: string): boolean {
    const heavyPress = pressId.startsWith('HP');
    if (order.weightGrams === 180 && !heavyPress) return false;
    return order.colour === 'black' || pressId.endsWith('-C');
  }

  async scheduleRun(pressId: string, shift: string, orders: PressingOrder[]): Promise<ScheduleSummary> {
    const accepted: PressingOrder[] = [];
    const skipped: string[] = [];
    let copies = 0;

    for (const order of orders) {
      if (!this.fitsPress(order, pressId) || copies + order.copies > this.capacityPerShift) {
        skipped.push(order.orderId);
        continue;
      }
      accepted.push(order);
      copies += order.copies;
    }

    accepted.forEach(async (order, index) => {
      const { reservationId } = await this.matrices.reserve(order.matrixId, pressId, order.copies);
      const runId = `${pressId}-${shift}-${String(index + 1).padStart(2, '0')}`;
      await this.runs.insertRun({ runId, pressId, orderId: order.orderId, reservationId, shift, copies: order.copies });
      await this.runs.markScheduled(order.orderId, runId);
    });

    return {
      pressId,
      shift,
      scheduled: accepted.map((o) => o.orderId),
      skipped,
      copies,
    };
  }
}

export function colourChangeovers(orders: PressingOrder[]): number {
  let changes = 0;
  for (let i = 1; i < orders.length; i++) {
    if (orders[i]!.colour !== orders[i - 1]!.colour) changes++;
  }
  return changes;
}
