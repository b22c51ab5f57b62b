// expect: none
// Every async method reference is either invoked or handed to a caller (map, then) that invokes it; Promise.all only ever receives call results.
export interface SailOrder {
  orderId: string;
  boatClass: string;
  sailType: 'main' | 'jib' | 'genoa' | 'spinnaker';
  luffM: number;
  footM: number;
  clothWeightGsm: number;
}

export interface Panel {
  orderId: string;
  index: number;
  lengthM: number;
  widthM: number;
}

export interface CutReport {
  orderId: string;
  panels: number;
  clothUsedM2: number;
  wastePercent: number;
}

declare const loftDb: {
  order(orderId: string): Promise<SailOrder>;
  clothOnHand(weightGsm: number): Promise<number>;
  saveReport(report: CutReport): Promise<void>;
};
declare const plotter: {
  cut(panel: Panel): Promise<{ usedM2: number }>;
};

const CLOTH_WIDTH_M = 0.92;

export class SailCuttingPlanner {
  async loadOrder(orderId: string): Promise<SailOrder> {
    return loftDb.order(orderId);
  }

  panelise(order: SailOrder): Panel[] {
    const count = Math.ceil(order.luffM / CLOTH_WIDTH_M);
    const panels: Panel[] = [];
    for (let index = 0; index < count; index++) {
      const taper = 1 - index / (count + 1);
      panels.push({ orderId: order.orderId, index, lengthM: order.footM * taper + 0.1, widthM: CLOTH_WIDTH_M });
    }
    return panels;
  }

  async cutPanel(panel: Panel): Promise<number> {
    const { usedM2 } = await plotter.cut(panel);
    return usedM2;
  }

  private ensureCloth(order: SailOrder, panels: Panel[]): Promise<void> {
    const needed = panels.reduce((sum, p) => sum + p.lengthM * p.widthM, 0);
    return loftDb.clothOnHand(order.clothWeightGsm).then((available) => {
      if (available < needed) {
        throw new Error(`order ${order.orderId} needs ${needed.toFixed(1)}m² of ${order.clothWeightGsm}gsm, only ${available} on hand`);
      }
    });
  }

  async cutOrder(orderId: string): Promise<CutReport> {
    const order = await this.loadOrder(orderId);
    const panels = this.panelise(order);
    await this.ensureCloth(order, panels);

    const used = await Promise.all(panels.map(this.cutPanel.bind(this)));
    const clothUsedM2 = used.reduce((sum, m2) => sum + m2, 0);
    const idealM2 = (order.luffM * order.footM) / 2;
    const report: CutReport = {
      orderId,
      panels: panels.length,
      clothUsedM2,
      wastePercent: Math.max(0, ((clothUsedM2 - idealM2) / clothUsedM2) * 100),
    };
    return loftDb.saveReport(report).then(() => report);
  }

  async cutBatch(orderIds: string[]): Promise<CutReport[]> {
    const orders = await Promise.all(orderIds.map((id) => this.loadOrder(id)));
    const byClothWeight = [...orders].sort((a, b) => a.clothWeightGsm - b.clothWeightGsm);
    const reports: CutReport[] = [];
    for (const order of byClothWeight) {
      reports.push(await this.cutOrder(order.orderId));
    }
    return reports;
  }
}
