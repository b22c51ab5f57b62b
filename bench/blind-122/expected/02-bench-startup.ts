// expect: none
// Every async preparation step is called inside the Promise.all array, so the workshop bench waits for all three to finish.
export interface WorkOrder {
  orderId: string;
  machine: string;
  serial: string;
  complaint: string;
}

export interface PartsBin {
  pull(machine: string, complaint: string): Promise<string[]>;
}

export interface ServiceManuals {
  fetchManual(machine: string): Promise<{ pages: number; url: string }>;
}

export interface UltrasonicCleaner {
  preheat(targetC: number): Promise<void>;
  fillSolvent(litres: number): Promise<void>;
}

export interface BenchSetup {
  orderId: string;
  parts: string[];
  manualUrl: string;
  cleanerReady: boolean;
}

export class BenchStartup {
  constructor(
    private readonly bin: PartsBin,
    private readonly manuals: ServiceManuals,
    private readonly cleaner: UltrasonicCleaner,
  ) {}

  private async readyCleaner(): Promise<boolean> {
    await this.cleaner.fillSolvent(6);
    await this.cleaner.preheat(45);
    return true;
  }

  private async pullParts(order: WorkOrder): Promise<string[]> {
    const parts = await this.bin.pull(order.machine, order.complaint);
    return parts.sort();
  }

  async prepare(order: WorkOrder): Promise<BenchSetup> {
    const [parts, manual, cleanerReady] = await Promise.all([
      this.pullParts(order),
      this.manuals.fetchManual(order.machine),
      this.readyCleaner(),
    ]);
    return { orderId: order.orderId, parts, manualUrl: manual.url, cleanerReady };
  }

  async prepareMany(orders: WorkOrder[]): Promise<BenchSetup[]> {
    const setups: BenchSetup[] = [];
    for (const order of orders) {
      setups.push(await this.prepare(order));
    }
    return setups;
  }
}

export function needsSolventClean(order: WorkOrder): boolean {
  return /sticky|gummed|sluggish|slow carriage/i.test(order.complaint);
}
