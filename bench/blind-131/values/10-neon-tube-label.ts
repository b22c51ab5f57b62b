// expect: no-promise-as-value
// printRepairTag awaits the gas lookup but interpolates technicianName(), an async lookup, straight into the tag text, so the TECH line prints "[object Promise]".
export interface RepairJob {
  id: string;
  signName: string;
  tubeId: string;
  tubeColour: 'red' | 'orange' | 'blue' | 'green' | 'white';
  lengthCm: number;
  technicianId: string;
}

export interface StaffDirectory {
  lookup(id: string): Promise<{ name: string; licence: string } | undefined>;
}

export interface TagPrinter {
  print(text: string): Promise<void>;
}

const COLOUR_GAS: Record<RepairJob['tubeColour'], 'neon' | 'argon' | 'argon-mercury'> = {
  red: 'neon',
  orange: 'neon',
  blue: 'argon-mercury',
  green: 'argon-mercury',
  white: 'argon',
};

export class RepairTagService {
  private readonly gasOverrides = new Map<string, string>();

  constructor(
    private readonly staff: StaffDirectory,
    private readonly printer: TagPrinter,
  ) {}

  overrideGas(tubeId: string, gas: string): void {
    this.gasOverrides.set(tubeId, gas);
  }

  private async gasFor(job: RepairJob): Promise<string> {
    return this.gasOverrides.get(job.tubeId) ?? COLOUR_GAS[job.tubeColour];
  }

  private async technicianName(id: string): Promise<string> {
    const person = await this.staff.lookup(id);
    return person ? `${person.name} (${person.licence})` : `unknown technician ${id}`;
  }

  async printRepairTag(job: RepairJob): Promise<string> {
    const gas = await this.gasFor(job);
    const tag = [
      `SIGN  ${job.signName}`,
      `TUBE  ${job.tubeId} — ${gas}, ${job.lengthCm} cm`,
      `TECH  ${this.technicianName(job.technicianId)}`,
      `DATE  ${new Date().toISOString().slice(0, 10)}`,
      `JOB   ${job.id}`,
    ].join('\n');
    await this.printer.print(tag);
    return tag;
  }

  async printBatch(jobs: RepairJob[]): Promise<number> {
    let printed = 0;
    for (const job of jobs) {
      await this.printRepairTag(job);
      printed += 1;
    }
    return printed;
  }
}
