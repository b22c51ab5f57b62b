// expect: no-uncalled-async-function
// loadCalibration is listed in the startup Promise.all without being called, so start() resolves without ever loading the scale calibration.
import { readFile } from 'node:fs/promises';
import { EventEmitter } from 'node:events';

export interface ScaleCalibration {
  hiveId: string;
  tareKg: number;
  gain: number;
}

export interface SerialPort {
  open(path: string, baud: number): Promise<void>;
  write(line: string): Promise<void>;
  close(): Promise<void>;
}

export class HiveGateway extends EventEmitter {
  private calibrations = new Map<string, ScaleCalibration>();
  private started = false;

  constructor(
    private readonly port: SerialPort,
    private readonly devicePath: string,
    private readonly calibrationFile: string,
  ) {
    super();
  }

  private async openSerialPort(): Promise<void> {
    await this.port.open(this.devicePath, 115_200);
    await this.port.write('MODE STREAM\n');
  }

  private async loadCalibration(): Promise<void> {
    const raw = await readFile(this.calibrationFile, 'utf8');
    const entries = JSON.parse(raw) as ScaleCalibration[];
    this.calibrations = new Map(entries.map((e) => [e.hiveId, e]));
  }

  private async syncClock(): Promise<void> {
    const epoch = Math.floor(Date.now() / 1000);
    await this.port.write(`TIME ${epoch}\n`);
  }

  async start(): Promise<void> {
    if (this.started) return;
    await Promise.all([this.openSerialPort(), this.loadCalibration, this.syncClock()]);
    this.started = true;
    this.emit('ready', { hives: this.calibrations.size });
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.port.close();
  }

  calibratedWeight(hiveId: string, rawKg: number): number {
    const cal = this.calibrations.get(hiveId);
    if (!cal) return rawKg;
    return Math.round((rawKg - cal.tareKg) * cal.gain * 100) / 100;
  }

  knownHives(): string[] {
    return [...this.calibrations.keys()].sort();
  }
}
