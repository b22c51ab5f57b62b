// expect: require-signal-propagation
// The harvest job handler receives a cancellation signal from the job runner but never checks it, so a cancelled harvest keeps cutting rack after rack.
export interface Rack {
  id: string;
  position: number;
  variety: 'butterhead' | 'romaine' | 'oakleaf' | 'lollo-rosso';
  plantedAt: Date;
}

export interface HarvestJob {
  jobId: string;
  greenhouse: string;
  racks: Rack[];
  minDaysGrown: number;
}

export interface HarvestReport {
  jobId: string;
  harvested: { rackId: string; heads: number }[];
  skipped: { rackId: string; reason: string }[];
}

export interface JobContext {
  signal: AbortSignal;
  attempt: number;
  log(msg: string, fields?: Record<string, unknown>): void;
}

export type JobHandler<T, R> = (job: T, ctx: JobContext) => Promise<R>;

declare const conveyor: {
  moveTo(position: number): Promise<void>;
  home(): Promise<void>;
};

declare const vision: {
  countHarvestable(rackId: string): Promise<{ heads: number; tipburn: number }>;
};

declare const cutter: {
  harvest(rackId: string, heads: number): Promise<number>;
};

declare const coldRoom: {
  receive(rackId: string, heads: number, variety: Rack['variety']): Promise<void>;
};

const DAY_MS = 86_400_000;

export const harvestHandler: JobHandler<HarvestJob, HarvestReport> = async (job, ctx) => {
  const report: HarvestReport = { jobId: job.jobId, harvested: [], skipped: [] };
  const ordered = [...job.racks].sort((a, b) => a.position - b.position);

  for (const rack of ordered) {
    const days = Math.floor((Date.now() - rack.plantedAt.getTime()) / DAY_MS);
    if (days < job.minDaysGrown) {
      report.skipped.push({ rackId: rack.id, reason: `only ${days} days grown` });
      continue;
    }

    await conveyor.moveTo(rack.position);
    const { heads, tipburn } = await vision.countHarvestable(rack.id);
    if (heads === 0) {
      report.skipped.push({ rackId: rack.id, reason: 'no harvestable heads' });
      continue;
    }
    if (tipburn / heads > 0.2) {
      ctx.log('high tipburn, check calcium dosing', { rackId: rack.id, tipburn, heads });
    }

    const cut = await cutter.harvest(rack.id, heads);
    await coldRoom.receive(rack.id, cut, rack.variety);
    report.harvested.push({ rackId: rack.id, heads: cut });
  }

  await conveyor.home();
  ctx.log('harvest finished', {
    attempt: ctx.attempt,
    harvested: report.harvested.length,
    skipped: report.skipped.length,
  });
  return report;
};
