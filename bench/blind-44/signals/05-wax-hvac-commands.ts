// expect: no-leaked-race
// sendWithDeadline races the HVAC command against a timers/promises delay that is never cancelled, so every successful command leaves a live deadline timer behind.
import { setTimeout as delay } from 'node:timers/promises';

export type HvacCommand =
  | { kind: 'setpoint'; zone: string; tempC: number; relHumidity: number }
  | { kind: 'damper'; zone: string; openPercent: number }
  | { kind: 'dehumidifier'; zone: string; on: boolean };

export interface CommandAck {
  zone: string;
  accepted: boolean;
  appliedAt: string;
}

declare const bmsGateway: {
  send(command: HvacCommand): Promise<CommandAck>;
  zoneReading(zone: string): Promise<{ tempC: number; relHumidity: number }>;
};
declare const conservatorPager: { page(message: string): Promise<void> };

export class CommandTimeoutError extends Error {
  constructor(readonly command: HvacCommand, readonly ms: number) {
    super(`${command.kind} for ${command.zone} not acknowledged within ${ms}ms`);
    this.name = 'CommandTimeoutError';
  }
}

async function sendWithDeadline(command: HvacCommand, ms: number): Promise<CommandAck> {
  return Promise.race([
    bmsGateway.send(command),
    delay(ms).then((): never => {
      throw new CommandTimeoutError(command, ms);
    }),
  ]);
}

// Figures are soft above 24°C and the pigments bloom above 60% RH.
const LIMITS = { maxTempC: 21, maxRelHumidity: 55, targetTempC: 19, targetRelHumidity: 45 };

export interface ZoneCorrection {
  zone: string;
  before: { tempC: number; relHumidity: number };
  commands: number;
}

export async function correctZone(zone: string, commandTimeoutMs = 4_000): Promise<ZoneCorrection> {
  const before = await bmsGateway.zoneReading(zone);
  const commands: HvacCommand[] = [];
  if (before.tempC > LIMITS.maxTempC || before.relHumidity > LIMITS.maxRelHumidity) {
    commands.push({ kind: 'setpoint', zone, tempC: LIMITS.targetTempC, relHumidity: LIMITS.targetRelHumidity });
  }
  if (before.relHumidity > LIMITS.maxRelHumidity) {
    commands.push({ kind: 'dehumidifier', zone, on: true });
    commands.push({ kind: 'damper', zone, openPercent: 15 });
  }

  for (const command of commands) {
    const ack = await sendWithDeadline(command, commandTimeoutMs);
    if (!ack.accepted) {
      await conservatorPager.page(`BMS refused ${command.kind} in ${zone}; figures at ${before.tempC}°C`);
    }
  }
  return { zone, before, commands: commands.length };
}

export async function nightlySweep(zones: string[]): Promise<ZoneCorrection[]> {
  const corrections: ZoneCorrection[] = [];
  for (const zone of zones) {
    try {
      corrections.push(await correctZone(zone));
    } catch (err) {
      if (!(err instanceof CommandTimeoutError)) throw err;
      await conservatorPager.page(err.message);
    }
  }
  return corrections;
}
