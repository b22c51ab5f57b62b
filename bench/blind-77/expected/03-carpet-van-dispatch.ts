// expect: none
// Correct: every map branch calls its async method, and this.onVanArrived is a bound arrow handler deliberately passed as a listener.
import { EventEmitter } from 'node:events';

export interface CleaningJob {
  id: string;
  address: string;
  roomCount: number;
  urgent: boolean;
  stainTreatment: 'none' | 'pet' | 'wine' | 'rust';
}

export interface Assignment {
  jobId: string;
  vanId: string;
  eta: Date;
}

declare const routing: {
  nearestFreeVan(address: string): Promise<{ vanId: string; minutesAway: number }>;
  bookSlot(address: string, rooms: number): Promise<{ vanId: string; start: Date }>;
};
declare const crmNotes: { append(jobId: string, note: string): Promise<void> };

const CHEMICAL_FOR: Record<CleaningJob['stainTreatment'], string | null> = {
  none: null,
  pet: 'enzyme-concentrate',
  wine: 'oxygen-booster',
  rust: 'oxalic-spotter',
};

export class VanDispatcher {
  private readonly onSite = new Map<string, { jobId: string; arrivedAt: Date }>();

  constructor(private readonly fleet: EventEmitter) {
    fleet.on('arrived', this.onVanArrived);
  }

  dispose(): void {
    this.fleet.off('arrived', this.onVanArrived);
  }

  private readonly onVanArrived = (event: { vanId: string; jobId: string }): void => {
    this.onSite.set(event.vanId, { jobId: event.jobId, arrivedAt: new Date() });
  };

  async assignAll(jobs: CleaningJob[]): Promise<Assignment[]> {
    const ordered = [...jobs].sort((a, b) => Number(b.urgent) - Number(a.urgent));
    return Promise.all(ordered.map((job) => (job.urgent ? this.dispatchNow(job) : this.schedule(job))));
  }

  private async dispatchNow(job: CleaningJob): Promise<Assignment> {
    const { vanId, minutesAway } = await routing.nearestFreeVan(job.address);
    await this.noteChemicals(job, vanId);
    return { jobId: job.id, vanId, eta: new Date(Date.now() + minutesAway * 60_000) };
  }

  private async schedule(job: CleaningJob): Promise<Assignment> {
    const { vanId, start } = await routing.bookSlot(job.address, job.roomCount);
    await this.noteChemicals(job, vanId);
    return { jobId: job.id, vanId, eta: start };
  }

  private async noteChemicals(job: CleaningJob, vanId: string): Promise<void> {
    const chemical = CHEMICAL_FOR[job.stainTreatment];
    if (chemical === null) return;
    await crmNotes.append(job.id, `van ${vanId} must carry ${chemical}`);
  }

  minutesOnSite(vanId: string, now = new Date()): number | null {
    const visit = this.onSite.get(vanId);
    return visit ? Math.round((now.getTime() - visit.arrivedAt.getTime()) / 60_000) : null;
  }
}
