// expect: no-promise-as-value
// hasOpenWorkOrder is async, so `!this.orders.hasOpenWorkOrder(press.id)` tests a promise that is always truthy and presses are never scheduled for maintenance.
export interface Press {
  id: string;
  strokes: number;
  lastServicedStrokes: number;
  tonnage: number;
}

export interface WorkOrderStore {
  hasOpenWorkOrder(pressId: string): Promise<boolean>;
  open(order: { pressId: string; reason: string; priority: 'low' | 'high' }): Promise<string>;
}

export interface PressRegistry {
  all(): Promise<Press[]>;
}

const SERVICE_INTERVAL_STROKES = 250_000;
const HEAVY_PRESS_TONNAGE = 60;

export class MaintenanceScheduler {
  constructor(
    private readonly presses: PressRegistry,
    private readonly orders: WorkOrderStore,
    private readonly log: (msg: string) => void = () => {},
  ) {}

  private isDue(press: Press): boolean {
    return press.strokes - press.lastServicedStrokes >= SERVICE_INTERVAL_STROKES;
  }

  async scheduleDue(): Promise<string[]> {
    const opened: string[] = [];
    const presses = await this.presses.all();

    for (const press of presses) {
      if (!this.isDue(press)) continue;

      if (!this.orders.hasOpenWorkOrder(press.id)) {
        const overdueBy = press.strokes - press.lastServicedStrokes - SERVICE_INTERVAL_STROKES;
        const id = await this.orders.open({
          pressId: press.id,
          reason: `service due (${overdueBy} strokes overdue)`,
          priority: press.tonnage >= HEAVY_PRESS_TONNAGE ? 'high' : 'low',
        });
        opened.push(id);
        this.log(`opened work order ${id} for press ${press.id}`);
      }
    }

    return opened;
  }

  async dueCount(): Promise<number> {
    const presses = await this.presses.all();
    return presses.filter((p) => this.isDue(p)).length;
  }
}

export function strokesUntilService(press: Press): number {
  return Math.max(0, SERVICE_INTERVAL_STROKES - (press.strokes - press.lastServicedStrokes));
}
