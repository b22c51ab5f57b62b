// expect: none
// The polling interval is cleared on every branch that settles (grid-tied, fault, deadline), so the startup promise settles once and the interval never outlives it.
export type InverterMode = 'off' | 'standby' | 'syncing' | 'grid-tied' | 'fault';

export interface InverterState {
  inverterId: string;
  mode: InverterMode;
  dcVoltage: number;
  acPowerKw: number;
  faultCode?: number;
}

export interface InverterTelemetry {
  snapshot(inverterId: string): InverterState | undefined;
  sendCommand(inverterId: string, command: 'start' | 'stop' | 'reset'): Promise<void>;
}

export interface StartupOptions {
  timeoutMs?: number;
  pollMs?: number;
  minDcVoltage?: number;
}

export class InverterStartupError extends Error {
  constructor(readonly inverterId: string, message: string, readonly faultCode?: number) {
    super(message);
    this.name = 'InverterStartupError';
  }
}

export function waitForGridTie(
  telemetry: InverterTelemetry,
  inverterId: string,
  { timeoutMs = 90_000, pollMs = 500 }: StartupOptions = {},
): Promise<InverterState> {
  const deadline = Date.now() + timeoutMs;

  return new Promise<InverterState>((resolve, reject) => {
    const interval = setInterval(() => {
      const state = telemetry.snapshot(inverterId);

      if (state?.mode === 'grid-tied') {
        clearInterval(interval);
        resolve(state);
      } else if (state?.mode === 'fault') {
        clearInterval(interval);
        reject(new InverterStartupError(inverterId, 'Inverter faulted during startup', state.faultCode));
      } else if (Date.now() > deadline) {
        clearInterval(interval);
        reject(new InverterStartupError(inverterId, `Not grid-tied after ${timeoutMs} ms (mode=${state?.mode ?? 'unknown'})`));
      }
    }, pollMs);
  });
}

export async function startInverter(
  telemetry: InverterTelemetry,
  inverterId: string,
  options: StartupOptions = {},
): Promise<InverterState> {
  const minDc = options.minDcVoltage ?? 580;
  const before = telemetry.snapshot(inverterId);
  if (before && before.dcVoltage < minDc) {
    throw new InverterStartupError(inverterId, `DC bus at ${before.dcVoltage} V, need ${minDc} V`);
  }
  if (before?.mode === 'fault') {
    await telemetry.sendCommand(inverterId, 'reset');
  }
  await telemetry.sendCommand(inverterId, 'start');
  return waitForGridTie(telemetry, inverterId, options);
}

export async function startRow(
  telemetry: InverterTelemetry,
  inverterIds: string[],
  options: StartupOptions = {},
): Promise<InverterState[]> {
  const started: InverterState[] = [];
  for (const id of inverterIds) {
    started.push(await startInverter(telemetry, id, options));
  }
  return started;
}
