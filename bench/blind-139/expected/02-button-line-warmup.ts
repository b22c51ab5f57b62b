// expect: no-uncalled-async-function
// The Promise.all array contains this.primeHopper without parentheses, so the method is never called and warmUp resolves before the hopper has been primed.
export interface MouldSet {
  id: string;
  diameterMm: number;
  cavities: number;
}

export interface PressHardware {
  heatPlatens(targetC: number): Promise<number>;
  loadMoulds(ids: string[]): Promise<MouldSet[]>;
  fillHopper(material: string, kg: number): Promise<void>;
  hopperLevelKg(): Promise<number>;
}

export interface WarmupConfig {
  platenC: number;
  mouldIds: string[];
  material: 'casein' | 'polyester' | 'urea';
  hopperKg: number;
}

export class ButtonLine {
  private moulds: MouldSet[] = [];
  private platenC = 0;
  private primed = false;

  constructor(private readonly hw: PressHardware, private readonly config: WarmupConfig) {}

  private async heat(): Promise<void> {
    this.platenC = await this.hw.heatPlatens(this.config.platenC);
    if (this.platenC < this.config.platenC - 5) {
      throw new Error(`platens stalled at ${this.platenC}°C`);
    }
  }

  private async loadMoulds(): Promise<void> {
    this.moulds = await this.hw.loadMoulds(this.config.mouldIds);
  }

  private async primeHopper(): Promise<void> {
    await this.hw.fillHopper(this.config.material, this.config.hopperKg);
    const level = await this.hw.hopperLevelKg();
    if (level < this.config.hopperKg * 0.9) {
      throw new Error(`hopper only reached ${level} kg`);
    }
    this.primed = true;
  }

  async warmUp(): Promise<{ platenC: number; cavities: number; primed: boolean }> {
    await Promise.all([this.heat(), this.loadMoulds(), this.primeHopper]);
    return {
      platenC: this.platenC,
      cavities: this.moulds.reduce((sum, m) => sum + m.cavities, 0),
      primed: this.primed,
    };
  }

  buttonsPerStroke(): number {
    return this.moulds.reduce((sum, m) => sum + m.cavities, 0);
  }

  canRun(): boolean {
    return this.primed && this.moulds.length > 0 && this.platenC >= this.config.platenC - 5;
  }
}
