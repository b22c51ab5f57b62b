// expect: none
// The parts reservation is started before branching, but each branch awaits it (alone or via Promise.all) before any other await, so its rejection is always observed.
export interface RepairJob {
  id: string;
  signName: string;
  address: string;
  urgent: boolean;
  parts: Array<{ sku: string; qty: number }>;
}

export interface PartsSupplier {
  reserve(jobId: string, parts: RepairJob['parts']): Promise<{ reservationId: string; readyAt: Date }>;
}

export interface TechRoster {
  nextAvailable(skill: 'glass-bending' | 'electrical'): Promise<{ techId: string; from: Date }>;
  assign(techId: string, jobId: string, at: Date): Promise<void>;
}

export interface Dispatch {
  jobId: string;
  techId: string;
  reservationId: string;
  visitAt: Date;
}

function needsBending(job: RepairJob): boolean {
  return job.parts.some((p) => p.sku.startsWith('TUBE-'));
}

export class NeonRepairDispatcher {
  constructor(
    private readonly supplier: PartsSupplier,
    private readonly roster: TechRoster,
  ) {}

  async dispatch(job: RepairJob): Promise<Dispatch> {
    if (job.parts.length === 0) throw new Error(`job ${job.id} has no parts list`);
    const skill = needsBending(job) ? 'glass-bending' : 'electrical';
    const reservationRequest = this.supplier.reserve(job.id, job.parts);

    if (job.urgent) {
      const [reservation, tech] = await Promise.all([reservationRequest, this.roster.nextAvailable(skill)]);
      const visitAt = new Date(Math.max(reservation.readyAt.getTime(), tech.from.getTime()));
      await this.roster.assign(tech.techId, job.id, visitAt);
      return { jobId: job.id, techId: tech.techId, reservationId: reservation.reservationId, visitAt };
    }

    const reservation = await reservationRequest;
    const tech = await this.roster.nextAvailable(skill);
    const earliest = Math.max(reservation.readyAt.getTime(), tech.from.getTime());
    const visitAt = new Date(earliest + 24 * 3_600_000);
    await this.roster.assign(tech.techId, job.id, visitAt);
    return { jobId: job.id, techId: tech.techId, reservationId: reservation.reservationId, visitAt };
  }

  async dispatchAll(jobs: RepairJob[]): Promise<Dispatch[]> {
    const ordered = [...jobs].sort((a, b) => Number(b.urgent) - Number(a.urgent));
    const out: Dispatch[] = [];
    for (const job of ordered) {
      out.push(await this.dispatch(job));
    }
    return out;
  }
}
