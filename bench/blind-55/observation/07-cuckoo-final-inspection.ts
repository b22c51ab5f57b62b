// expect: no-unobserved-promise
// Bug: the gear-train audit is started before the pendulum check; on the throw path (and while the chime test is awaited) its promise has no handler, so a failing audit is an unhandled rejection.
export interface ClockUnit {
  serial: string;
  model: "chalet" | "hunting-lodge" | "railway-house";
  pendulumInstalled: boolean;
  birdDoorGapMm: number;
  dayRunHours: number;
}

export interface GearAudit {
  serial: string;
  teethChipped: number;
  beatErrorMs: number;
}

export interface ChimeTest {
  serial: string;
  bellowsBalanced: boolean;
  cuckooCallsAtNoon: number;
}

export interface InspectionCertificate {
  serial: string;
  passed: boolean;
  notes: string[];
  inspectedAt: string;
}

export class InspectionError extends Error {
  constructor(readonly serial: string, reason: string) {
    super(`clock ${serial}: ${reason}`);
    this.name = "InspectionError";
  }
}

declare function auditGearTrain(serial: string): Promise<GearAudit>;
declare function runChimeTest(serial: string): Promise<ChimeTest>;
declare const certificates: { file(cert: InspectionCertificate): Promise<void> };

const DOOR_GAP_RANGE: [number, number] = [0.6, 1.4];

export async function finalInspection(clock: ClockUnit): Promise<InspectionCertificate> {
  const gearAudit = auditGearTrain(clock.serial);

  if (!clock.pendulumInstalled) {
    throw new InspectionError(clock.serial, "pendulum not installed");
  }
  if (clock.birdDoorGapMm < DOOR_GAP_RANGE[0] || clock.birdDoorGapMm > DOOR_GAP_RANGE[1]) {
    throw new InspectionError(clock.serial, `bird door gap ${clock.birdDoorGapMm}mm`);
  }

  const chime = await runChimeTest(clock.serial);
  const gears = await gearAudit;

  const notes: string[] = [];
  if (gears.teethChipped > 0) notes.push(`${gears.teethChipped} chipped teeth`);
  if (gears.beatErrorMs > 4) notes.push(`beat error ${gears.beatErrorMs}ms`);
  if (!chime.bellowsBalanced) notes.push("bellows unbalanced");
  if (chime.cuckooCallsAtNoon !== 12) notes.push(`called ${chime.cuckooCallsAtNoon} times at noon`);
  if (clock.dayRunHours < 30) notes.push(`runs only ${clock.dayRunHours}h per winding`);

  const cert: InspectionCertificate = {
    serial: clock.serial,
    passed: notes.length === 0,
    notes,
    inspectedAt: new Date().toISOString(),
  };
  await certificates.file(cert);
  return cert;
}

export async function inspectPallet(clocks: ClockUnit[]): Promise<{ passed: string[]; rework: string[] }> {
  const passed: string[] = [];
  const rework: string[] = [];
  for (const clock of clocks) {
    try {
      const cert = await finalInspection(clock);
      (cert.passed ? passed : rework).push(clock.serial);
    } catch (err) {
      if (!(err instanceof InspectionError)) throw err;
      rework.push(clock.serial);
    }
  }
  return { passed, rework };
}
