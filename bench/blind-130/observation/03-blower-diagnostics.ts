// expect: no-unobserved-promise
// The static-pressure request is started up front but only awaited after a sequential loop of motor reads, so if it rejects during that loop nothing is listening yet.
export interface MotorSummary {
  id: string;
  rank: string;
}

export interface MotorReading {
  id: string;
  rpm: number;
  amps: number;
  bearingTempC: number;
}

export interface StaticPressure {
  windChest: string;
  inchesOfWater: number;
}

export interface OrganControllerClient {
  listMotors(organId: string): Promise<MotorSummary[]>;
  readMotor(motorId: string): Promise<MotorReading>;
  readStaticPressure(organId: string): Promise<StaticPressure[]>;
}

export interface DiagnosticsReport {
  organId: string;
  motors: MotorReading[];
  pressures: StaticPressure[];
  warnings: string[];
}

const MAX_BEARING_TEMP_C = 65;
const MIN_WIND_INCHES = 2.5;

export async function collectDiagnostics(
  client: OrganControllerClient,
  organId: string,
): Promise<DiagnosticsReport> {
  const motorsRequest = client.listMotors(organId);
  const pressureRequest = client.readStaticPressure(organId);

  const motors = await motorsRequest;
  const readings: MotorReading[] = [];
  for (const motor of motors) {
    readings.push(await client.readMotor(motor.id));
  }

  const pressures = await pressureRequest;
  const warnings: string[] = [];

  for (const reading of readings) {
    if (reading.bearingTempC > MAX_BEARING_TEMP_C) {
      warnings.push(`motor ${reading.id} bearing at ${reading.bearingTempC}°C`);
    }
    if (reading.rpm === 0) {
      warnings.push(`motor ${reading.id} is not turning`);
    }
  }
  for (const p of pressures) {
    if (p.inchesOfWater < MIN_WIND_INCHES) {
      warnings.push(`wind chest ${p.windChest} low at ${p.inchesOfWater}"`);
    }
  }

  return { organId, motors: readings, pressures, warnings };
}

export function formatReport(report: DiagnosticsReport): string {
  const lines = [`Organ ${report.organId}`];
  for (const m of report.motors) {
    lines.push(`  motor ${m.id}: ${m.rpm} rpm, ${m.amps} A, ${m.bearingTempC}°C`);
  }
  for (const p of report.pressures) {
    lines.push(`  chest ${p.windChest}: ${p.inchesOfWater}"`);
  }
  if (report.warnings.length) lines.push('  WARN ' + report.warnings.join('; '));
  return lines.join('\n');
}
