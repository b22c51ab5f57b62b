// expect: require-signal-propagation
// spinUp passes ctx.signal to the controller requests but polls wind pressure with a timers/promises sleep that never receives it, so a cancel waits out each pause.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BlowerContext {
  controllerUrl: string;
  signal: AbortSignal;
  log: (msg: string) => void;
}

export interface WindReading {
  staticPressureMmH2O: number;
  motorRpm: number;
  motorTempC: number;
}

const TARGET_PRESSURE_MM = 90;
const PRESSURE_TOLERANCE_MM = 3;
const POLL_INTERVAL_MS = 400;
const MAX_SPINUP_MS = 45_000;

async function readWind(ctx: BlowerContext): Promise<WindReading> {
  const res = await fetch(`${ctx.controllerUrl}/wind`, { signal: ctx.signal });
  if (!res.ok) throw new Error(`Blower controller returned ${res.status}`);
  return (await res.json()) as WindReading;
}

async function setMotor(ctx: BlowerContext, rpm: number): Promise<void> {
  const res = await fetch(`${ctx.controllerUrl}/motor`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rpm }),
    signal: ctx.signal,
  });
  if (!res.ok) throw new Error(`Motor command rejected (${res.status})`);
}

export async function spinUp(ctx: BlowerContext, startRpm = 900): Promise<WindReading> {
  const startedAt = Date.now();
  let rpm = startRpm;
  await setMotor(ctx, rpm);

  for (;;) {
    const wind = await readWind(ctx);
    const error = TARGET_PRESSURE_MM - wind.staticPressureMmH2O;

    if (Math.abs(error) <= PRESSURE_TOLERANCE_MM) {
      ctx.log(`wind stable at ${wind.staticPressureMmH2O} mm after ${Date.now() - startedAt} ms`);
      return wind;
    }
    if (wind.motorTempC > 70) {
      await setMotor(ctx, 0);
      throw new Error(`Blower motor overheating (${wind.motorTempC} °C)`);
    }
    if (Date.now() - startedAt > MAX_SPINUP_MS) {
      throw new Error(`Wind did not settle; last reading ${wind.staticPressureMmH2O} mm`);
    }

    // Proportional step toward the target, clamped to the motor's rated range.
    rpm = Math.max(300, Math.min(2400, Math.round(rpm + error * 6)));
    await setMotor(ctx, rpm);
    ctx.log(`pressure ${wind.staticPressureMmH2O} mm, adjusting motor to ${rpm} rpm`);
    await sleep(POLL_INTERVAL_MS);
  }
}

export async function spinDown(ctx: BlowerContext): Promise<void> {
  await setMotor(ctx, 0);
  ctx.log('blower stopped');
}
