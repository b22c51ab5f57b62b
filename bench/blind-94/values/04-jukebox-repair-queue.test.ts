// expect: no-promise-as-value
// expect(queue.enqueue(...)).toBeTruthy() asserts on the pending promise, which is always truthy, so the "accepts a job" test can never fail.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface RepairJob {
  cabinetSerial: string;
  model: 'Wurlitzer 1015' | 'Seeburg M100C' | 'AMI Continental';
  fault: 'selector' | 'amplifier' | 'mechanism' | 'lighting';
}

interface Technician {
  name: string;
  skills: RepairJob['fault'][];
}

class RepairQueue {
  private jobs: Array<RepairJob & { tech: string }> = [];

  constructor(private readonly roster: () => Promise<Technician[]>) {}

  async enqueue(job: RepairJob): Promise<boolean> {
    const techs = await this.roster();
    const tech = techs.find((t) => t.skills.includes(job.fault));
    if (!tech) return false;
    this.jobs.push({ ...job, tech: tech.name });
    return true;
  }

  async assignedTo(name: string): Promise<RepairJob[]> {
    return this.jobs.filter((j) => j.tech === name);
  }
}

describe('jukebox repair queue', () => {
  let roster: ReturnType<typeof vi.fn<() => Promise<Technician[]>>>;
  let queue: RepairQueue;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-05-04T09:00:00Z'));
    roster = vi.fn(async () => [
      { name: 'Marge', skills: ['selector', 'mechanism'] },
      { name: 'Otis', skills: ['amplifier'] },
    ] satisfies Technician[]);
    queue = new RepairQueue(roster);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('accepts a job a technician can handle', () => {
    expect(queue.enqueue({ cabinetSerial: 'W-55012', model: 'Wurlitzer 1015', fault: 'selector' })).toBeTruthy();
    expect(roster).toHaveBeenCalledTimes(1);
  });

  it('routes amplifier faults to the valve specialist', async () => {
    await queue.enqueue({ cabinetSerial: 'S-100-7731', model: 'Seeburg M100C', fault: 'amplifier' });
    const jobs = await queue.assignedTo('Otis');
    expect(jobs).toHaveLength(1);
    expect(jobs[0].cabinetSerial).toBe('S-100-7731');
  });

  it('declines a job nobody is trained for', async () => {
    const accepted = await queue.enqueue({ cabinetSerial: 'A-C-220', model: 'AMI Continental', fault: 'lighting' });
    expect(accepted).toBe(false);
  });
});
