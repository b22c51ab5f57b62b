// expect: no-floating-promises
// Bug: assign() calls the async notifyPilotStation() as a bare statement, so a failed pilot-station post rejects with no handler.
export interface TowJob {
  id: string;
  vesselName: string;
  grossTonnage: number;
  fromBerth: string;
  toBerth: string;
  window: { start: Date; end: Date };
}

export interface Tug {
  id: string;
  bollardPullT: number;
  positionNm: number;
  available: boolean;
}

export interface Assignment {
  jobId: string;
  tugIds: string[];
  confirmedAt: Date;
}

declare const tugFleet: {
  list(): Promise<Tug[]>;
  reserve(tugId: string, jobId: string): Promise<void>;
  release(tugId: string, jobId: string): Promise<void>;
};

declare const pilotStation: {
  post(message: { jobId: string; vessel: string; tugs: string[]; eta: string }): Promise<void>;
};

function requiredPull(grossTonnage: number): number {
  return Math.max(30, Math.ceil(grossTonnage / 1_500) * 10);
}

export class TowAssigner {
  private readonly assignments = new Map<string, Assignment>();

  async assign(job: TowJob): Promise<Assignment> {
    if (this.assignments.has(job.id)) return this.assignments.get(job.id)!;

    const tugs = await this.pickTugs(job);
    const reserved: string[] = [];
    try {
      for (const tug of tugs) {
        await tugFleet.reserve(tug.id, job.id);
        reserved.push(tug.id);
      }
    } catch (err) {
      await Promise.all(reserved.map((id) => tugFleet.release(id, job.id)));
      throw err;
    }

    const assignment: Assignment = { jobId: job.id, tugIds: reserved, confirmedAt: new Date() };
    this.assignments.set(job.id, assignment);
    this.notifyPilotStation(job, assignment);
    return assignment;
  }

  private async pickTugs(job: TowJob): Promise<Tug[]> {
    const fleet = (await tugFleet.list()).filter((t) => t.available).sort((a, b) => a.positionNm - b.positionNm);
    const needed = requiredPull(job.grossTonnage);
    const chosen: Tug[] = [];
    let pull = 0;
    for (const tug of fleet) {
      if (pull >= needed) break;
      chosen.push(tug);
      pull += tug.bollardPullT;
    }
    if (pull < needed) throw new Error(`insufficient bollard pull for ${job.vesselName}: ${pull}/${needed} t`);
    return chosen;
  }

  private async notifyPilotStation(job: TowJob, assignment: Assignment): Promise<void> {
    await pilotStation.post({
      jobId: job.id,
      vessel: job.vesselName,
      tugs: assignment.tugIds,
      eta: job.window.start.toISOString(),
    });
  }
}
