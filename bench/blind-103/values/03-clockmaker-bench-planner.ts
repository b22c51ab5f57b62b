// expect: no-promise-as-value
// plan() tests `!inStock` where inStock is the un-awaited Promise<boolean> from hasPart, which is always truthy, so no part is ever ordered and movements are booked onto the bench with mainsprings and jewels missing.
export interface PartLine {
  sku: string;
  description: string;
  qty: number;
}

export interface RepairJob {
  id: string;
  movement: string;
  parts: PartLine[];
  benchHours: number;
}

export interface Inventory {
  hasPart(sku: string, qty: number): Promise<boolean>;
  reserve(sku: string, qty: number, jobId: string): Promise<void>;
}

export interface Supplier {
  leadTimeDays(sku: string): Promise<number>;
}

export interface BenchPlan {
  jobId: string;
  toOrder: PartLine[];
  reserved: PartLine[];
  earliestStartDays: number;
}

export class BenchPlanner {
  constructor(
    private readonly inventory: Inventory,
    private readonly supplier: Supplier,
  ) {}

  async plan(job: RepairJob): Promise<BenchPlan> {
    const toOrder: PartLine[] = [];
    const reserved: PartLine[] = [];

    for (const part of job.parts) {
      const inStock = this.inventory.hasPart(part.sku, part.qty);
      if (!inStock) {
        toOrder.push(part);
        continue;
      }
      await this.inventory.reserve(part.sku, part.qty, job.id);
      reserved.push(part);
    }

    const leadTimes = await Promise.all(toOrder.map((p) => this.supplier.leadTimeDays(p.sku)));
    return {
      jobId: job.id,
      toOrder,
      reserved,
      earliestStartDays: leadTimes.length > 0 ? Math.max(...leadTimes) : 0,
    };
  }

  async planWeek(jobs: RepairJob[], hoursAvailable: number): Promise<BenchPlan[]> {
    const plans: BenchPlan[] = [];
    let hours = 0;
    for (const job of jobs) {
      if (hours + job.benchHours > hoursAvailable) break;
      const plan = await this.plan(job);
      if (plan.earliestStartDays <= 5) {
        plans.push(plan);
        hours += job.benchHours;
      }
    }
    return plans;
  }
}
