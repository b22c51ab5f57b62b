// expect: none
// Every PLC read is awaited before it is compared with === or tested for truthiness, so the checks operate on real values.
export type Phase = 'idle' | 'filling' | 'heating' | 'holding' | 'cooling' | 'fault';

export interface PasteuriserPlc {
  readPhase(line: string): Promise<Phase>;
  readCoreTemp(line: string): Promise<number>;
  isDoorSealed(line: string): Promise<boolean>;
  command(line: string, cmd: 'start' | 'abort' | 'release'): Promise<void>;
}

export interface ReleaseCheck {
  line: string;
  released: boolean;
  reason: string;
}

export class PasteuriserSupervisor {
  constructor(
    private readonly plc: PasteuriserPlc,
    private readonly releaseBelowC = 40,
  ) {}

  async startIfIdle(line: string): Promise<boolean> {
    if ((await this.plc.readPhase(line)) !== 'idle') return false;
    if (!(await this.plc.isDoorSealed(line))) {
      throw new Error(`line ${line}: door not sealed, refusing to start`);
    }
    await this.plc.command(line, 'start');
    return true;
  }

  async tryRelease(line: string): Promise<ReleaseCheck> {
    const phase = await this.plc.readPhase(line);
    if (phase === 'fault') {
      await this.plc.command(line, 'abort');
      return { line, released: false, reason: 'line in fault; batch aborted' };
    }
    if (phase !== 'cooling') {
      return { line, released: false, reason: `line still ${phase}` };
    }
    const core = await this.plc.readCoreTemp(line);
    if (core >= this.releaseBelowC) {
      return { line, released: false, reason: `core at ${core.toFixed(1)}C, waiting for <${this.releaseBelowC}C` };
    }
    await this.plc.command(line, 'release');
    return { line, released: true, reason: `released at ${core.toFixed(1)}C` };
  }

  async statusBoard(lines: string[]): Promise<string[]> {
    const phases = await Promise.all(lines.map((l) => this.plc.readPhase(l)));
    return lines.map((l, i) => `${l.padEnd(8)} ${phases[i] === 'holding' ? 'HOLDING (do not open)' : phases[i]}`);
  }
}
