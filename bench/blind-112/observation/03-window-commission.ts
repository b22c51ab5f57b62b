// expect: none
// The glass order and the lead-came reservation are started together and immediately combined with Promise.all, so a rejection of either always has a handler.
export interface GlassSheet {
  colour: string;
  texture: 'cathedral' | 'opalescent' | 'streaky';
  areaCm2: number;
}

export interface Commission {
  commissionId: string;
  church: string;
  panels: number;
  sheets: GlassSheet[];
  cameMetres: number;
}

export interface GlassSupplier {
  order(sheets: GlassSheet[]): Promise<{ orderId: string; eta: Date }>;
}

export interface CameStock {
  reserve(metres: number, profile: 'H' | 'U'): Promise<{ lotId: string }>;
}

export interface StudioCalendar {
  bookBench(commissionId: string, from: Date, days: number): Promise<{ benchId: string }>;
}

export interface CommissionPlan {
  commissionId: string;
  glassOrderId: string;
  cameLotId: string;
  benchId: string;
  startsOn: Date;
}

export class WindowCommissionPlanner {
  constructor(
    private readonly glass: GlassSupplier,
    private readonly came: CameStock,
    private readonly calendar: StudioCalendar,
  ) {}

  async plan(commission: Commission): Promise<CommissionPlan> {
    if (commission.sheets.length === 0) {
      throw new Error(`commission ${commission.commissionId} has no glass specified`);
    }

    const glassOrder = this.glass.order(commission.sheets);
    const cameLot = this.came.reserve(commission.cameMetres * 1.1, 'H');
    const [order, lot] = await Promise.all([glassOrder, cameLot]);

    const startsOn = new Date(order.eta.getTime() + 2 * 86_400_000);
    const daysNeeded = Math.ceil(commission.panels * 1.5);
    const bench = await this.calendar.bookBench(commission.commissionId, startsOn, daysNeeded);

    return {
      commissionId: commission.commissionId,
      glassOrderId: order.orderId,
      cameLotId: lot.lotId,
      benchId: bench.benchId,
      startsOn,
    };
  }

  totalGlassArea(commission: Commission): number {
    return commission.sheets.reduce((sum, s) => sum + s.areaCm2, 0);
  }
}
