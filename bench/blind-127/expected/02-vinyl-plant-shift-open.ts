// expect: none
// The shift-opening checks are invoked inside the Promise.all array, so the plant really waits for the boiler, vinyl stock and stamper checks before opening the shift.
export interface ShiftPlan {
  shiftId: string;
  presses: string[];
  compound: 'black-pvc' | 'colour-pvc' | 'eco-pet';
  stampers: string[];
}

interface BoilerControl {
  steamPressureBar(): Promise<number>;
}

interface CompoundStore {
  kilosAvailable(compound: ShiftPlan['compound']): Promise<number>;
}

interface StamperRack {
  pressingsLeft(stamperId: string): Promise<number>;
}

export interface ShiftReadiness {
  shiftId: string;
  steamBar: number;
  compoundKg: number;
  worn: string[];
  ready: boolean;
}

export class ShiftOpener {
  constructor(
    private readonly boiler: BoilerControl,
    private readonly compounds: CompoundStore,
    private readonly stampers: StamperRack,
    private readonly kgPerPress = 55,
  ) {}

  private async checkSteam(): Promise<number> {
    const bar = await this.boiler.steamPressureBar();
    if (bar < 6) throw new Error(`steam pressure too low to press (${bar} bar)`);
    return bar;
  }

  private async checkCompound(plan: ShiftPlan): Promise<number> {
    const kg = await this.compounds.kilosAvailable(plan.compound);
    const needed = plan.presses.length * this.kgPerPress;
    if (kg < needed) throw new Error(`only ${kg} kg of ${plan.compound}, shift needs ${needed} kg`);
    return kg;
  }

  private async wornStampers(plan: ShiftPlan): Promise<string[]> {
    const left = await Promise.all(plan.stampers.map((id) => this.stampers.pressingsLeft(id)));
    return plan.stampers.filter((_, i) => (left[i] ?? 0) < 500);
  }

  async open(plan: ShiftPlan): Promise<ShiftReadiness> {
    const [steamBar, compoundKg, worn] = await Promise.all([
      this.checkSteam(),
      this.checkCompound(plan),
      this.wornStampers(plan),
    ]);
    return { shiftId: plan.shiftId, steamBar, compoundKg, worn, ready: worn.length === 0 };
  }
}

export function shiftBanner(r: ShiftReadiness): string {
  const head = `${r.shiftId}: steam ${r.steamBar.toFixed(1)} bar, ${r.compoundKg} kg compound`;
  return r.ready ? `${head} — ready to press` : `${head} — replace stampers ${r.worn.join(', ')} first`;
}
