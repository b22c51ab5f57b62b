// expect: none
// The map callback calls inspect() on each cabin, so Promise.all receives the inspection promises and waits for every grip and door check.
export interface Cabin {
  cabinId: string;
  gripSerial: string;
  lastGripTestKm: number;
  inspect(): Promise<CabinInspection>;
}

export interface CabinInspection {
  cabinId: string;
  gripForceKn: number;
  doorsOk: boolean;
  windowsOk: boolean;
}

export interface Haulrope {
  tensionKn(): Promise<number>;
  odometerKm(): Promise<number>;
}

export interface DailyInspection {
  date: string;
  ropeTensionKn: number;
  cabinsOk: string[];
  cabinsWithdrawn: Array<{ cabinId: string; reason: string }>;
}

const MIN_GRIP_FORCE_KN = 52;
const GRIP_TEST_INTERVAL_KM = 2_000;

export class MorningInspection {
  constructor(
    private readonly cabins: Cabin[],
    private readonly rope: Haulrope,
  ) {}

  async run(): Promise<DailyInspection> {
    const [tension, odometer, inspections] = await Promise.all([
      this.rope.tensionKn(),
      this.rope.odometerKm(),
      Promise.all(this.cabins.map((c) => c.inspect())),
    ]);

    const cabinsOk: string[] = [];
    const cabinsWithdrawn: DailyInspection['cabinsWithdrawn'] = [];
    inspections.forEach((inspection, i) => {
      const cabin = this.cabins[i];
      const reason = withdrawalReason(cabin, inspection, odometer);
      if (reason) cabinsWithdrawn.push({ cabinId: cabin.cabinId, reason });
      else cabinsOk.push(cabin.cabinId);
    });

    return {
      date: new Date().toISOString().slice(0, 10),
      ropeTensionKn: tension,
      cabinsOk,
      cabinsWithdrawn,
    };
  }
}

function withdrawalReason(cabin: Cabin, inspection: CabinInspection, odometerKm: number): string | null {
  if (inspection.gripForceKn < MIN_GRIP_FORCE_KN) return `grip force ${inspection.gripForceKn} kN`;
  if (odometerKm - cabin.lastGripTestKm > GRIP_TEST_INTERVAL_KM) return `grip ${cabin.gripSerial} overdue for test`;
  if (!inspection.doorsOk) return 'door interlock';
  if (!inspection.windowsOk) return 'window damage';
  return null;
}
