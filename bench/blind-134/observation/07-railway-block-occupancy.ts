// expect: none
// The track-circuit queries are started together and handed straight to Promise.all, while the resets are created and awaited one at a time inside the loop, so no promise ever waits without a handler.
export type Occupancy = 'clear' | 'occupied' | 'failed';

export interface TrackCircuitReading {
  section: string;
  state: Occupancy;
  shuntOhms: number;
}

export interface AxleCounterBus {
  query(section: string): Promise<TrackCircuitReading>;
  reset(section: string, operator: string): Promise<void>;
}

export interface BlockStatus {
  block: string;
  free: boolean;
  occupied: string[];
  failed: string[];
}

export class BlockOccupancyMonitor {
  constructor(
    private readonly bus: AxleCounterBus,
    private readonly layout: ReadonlyMap<string, readonly string[]>,
  ) {}

  private sectionsOf(block: string): readonly string[] {
    const sections = this.layout.get(block);
    if (!sections) throw new Error(`unknown block ${block}`);
    return sections;
  }

  async status(block: string): Promise<BlockStatus> {
    const sections = this.sectionsOf(block);
    const readings = await Promise.all(sections.map((s) => this.bus.query(s)));
    const occupied = readings.filter((r) => r.state === 'occupied').map((r) => r.section);
    const failed = readings.filter((r) => r.state === 'failed').map((r) => r.section);
    return { block, free: occupied.length === 0 && failed.length === 0, occupied, failed };
  }

  async resetFailed(block: string, operator: string): Promise<string[]> {
    const { failed } = await this.status(block);
    const reset: string[] = [];
    // The axle counter evaluator only accepts one reset at a time.
    for (const section of failed) {
      await this.bus.reset(section, operator);
      reset.push(section);
    }
    return reset;
  }

  async canAcceptTrain(route: readonly string[]): Promise<boolean> {
    const statuses = await Promise.all(route.map((block) => this.status(block)));
    return statuses.every((s) => s.free);
  }

  static describe(status: BlockStatus): string {
    if (status.free) return `${status.block}: line clear`;
    const parts: string[] = [];
    if (status.occupied.length) parts.push(`occupied ${status.occupied.join('/')}`);
    if (status.failed.length) parts.push(`track circuit failure ${status.failed.join('/')}`);
    return `${status.block}: ${parts.join('; ')}`;
  }
}
