// expect: none
// Functions are passed only where callbacks are expected (cron handler, sort comparator, map); every Promise.all element is an actual call.
export interface KitOrder {
  orderId: string;
  design: 'wren' | 'bluebird' | 'martin-condo' | 'owl-box';
  quantity: number;
  paintKit: boolean;
  dueDate: string;
}

export interface LumberStock {
  cedarBoardFt: number;
  pineBoardFt: number;
  screws: number;
}

interface CutList {
  orderId: string;
  boardFt: number;
  screws: number;
  panels: number;
}

declare const cron: {
  schedule(expr: string, handler: () => Promise<void>): { stop(): void };
};

declare const workshopApi: {
  openOrders(): Promise<KitOrder[]>;
  lumberStock(): Promise<LumberStock>;
  paintInventory(): Promise<Record<string, number>>;
  publishCutLists(lists: CutList[]): Promise<void>;
  requestRestock(kind: keyof LumberStock, amount: number): Promise<void>;
};

const BOARD_FT: Record<KitOrder['design'], number> = {
  wren: 2.5,
  bluebird: 3.25,
  'martin-condo': 14,
  'owl-box': 6.5,
};

export class KitPlanner {
  private job?: { stop(): void };

  start(): void {
    this.job = cron.schedule('0 6 * * 1-5', this.planMorning);
  }

  stop(): void {
    this.job?.stop();
  }

  private byDueDate = (a: KitOrder, b: KitOrder): number => a.dueDate.localeCompare(b.dueDate);

  private toCutList = (order: KitOrder): CutList => ({
    orderId: order.orderId,
    boardFt: BOARD_FT[order.design] * order.quantity,
    screws: (order.design === 'martin-condo' ? 64 : 16) * order.quantity,
    panels: (order.design === 'martin-condo' ? 24 : 6) * order.quantity,
  });

  readonly planMorning = async (): Promise<void> => {
    const [orders, stock, paints] = await Promise.all([
      workshopApi.openOrders(),
      workshopApi.lumberStock(),
      workshopApi.paintInventory(),
    ]);

    const lists = [...orders].sort(this.byDueDate).map(this.toCutList);
    const needBoardFt = lists.reduce((sum, l) => sum + l.boardFt, 0);
    const needScrews = lists.reduce((sum, l) => sum + l.screws, 0);
    const paintKits = orders.filter((o) => o.paintKit).reduce((n, o) => n + o.quantity, 0);

    const restocks: Promise<void>[] = [];
    if (needBoardFt > stock.cedarBoardFt) {
      restocks.push(workshopApi.requestRestock('cedarBoardFt', Math.ceil(needBoardFt - stock.cedarBoardFt)));
    }
    if (needScrews > stock.screws) {
      restocks.push(workshopApi.requestRestock('screws', needScrews - stock.screws));
    }
    if (paintKits > (paints['kit'] ?? 0)) {
      lists.sort((a, b) => a.panels - b.panels);
    }

    await Promise.all([workshopApi.publishCutLists(lists), ...restocks]);
  };
}
