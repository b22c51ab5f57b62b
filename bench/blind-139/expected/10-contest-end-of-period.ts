// expect: no-uncalled-async-function
// closePeriod races this.submitLog (the method itself, not a call) against the deadline, so the race settles immediately with a function value and the log is never submitted.
import { writeFile } from 'node:fs/promises';

export interface Qso {
  call: string;
  band: string;
  mode: 'CW' | 'SSB' | 'FT8';
  sentRst: string;
  rcvdExchange: string;
  at: Date;
}

export interface ContestRobot {
  submit(callsign: string, cabrillo: string): Promise<{ accepted: boolean; message: string }>;
}

function toCabrillo(callsign: string, contest: string, qsos: readonly Qso[]): string {
  const rows = qsos.map((q) => {
    const date = q.at.toISOString().slice(0, 10);
    const time = q.at.toISOString().slice(11, 16).replace(':', '');
    return `QSO: ${q.band} ${q.mode} ${date} ${time} ${callsign} ${q.sentRst} ${q.call} ${q.rcvdExchange}`;
  });
  return ['START-OF-LOG: 3.0', `CONTEST: ${contest}`, `CALLSIGN: ${callsign}`, ...rows, 'END-OF-LOG:'].join('\n');
}

export class ContestPeriod {
  private readonly qsos: Qso[] = [];
  private submitted = false;

  constructor(
    private readonly robot: ContestRobot,
    private readonly callsign: string,
    private readonly contest: string,
    private readonly backupPath: string,
  ) {}

  log(qso: Qso): void {
    if (this.submitted) throw new Error('contest period already closed');
    this.qsos.push(qso);
  }

  private async submitLog(): Promise<void> {
    const cabrillo = toCabrillo(this.callsign, this.contest, this.qsos);
    await writeFile(this.backupPath, cabrillo, 'utf8');
    const result = await this.robot.submit(this.callsign, cabrillo);
    if (!result.accepted) {
      throw new Error(`robot refused ${this.callsign}: ${result.message}`);
    }
    this.submitted = true;
  }

  async closePeriod(deadlineMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`log submission missed the ${deadlineMs}ms deadline`)), deadlineMs);
    });
    try {
      await Promise.race([this.submitLog, deadline]);
    } finally {
      clearTimeout(timer);
    }
    return this.submitted;
  }

  get count(): number {
    return this.qsos.length;
  }
}
