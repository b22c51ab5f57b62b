// expect: require-signal-propagation
// The pump command passes options.signal to fetch, but the backoff between attempts is a bare setTimeout promise that ignores the signal, so an abort waits out the full delay before anything notices.
export interface PumpCommand {
  boreholeId: string;
  targetFlowLpm: number;
  maxWellheadC: number;
}

export interface PumpStatus {
  boreholeId: string;
  flowLpm: number;
  wellheadC: number;
  state: 'running' | 'ramping' | 'stopped' | 'fault';
}

export interface ControlOptions {
  scadaUrl: string;
  signal?: AbortSignal;
  attempts?: number;
  backoffMs?: number;
}

class ScadaBusy extends Error {
  constructor(readonly retryAfterMs: number) {
    super('SCADA gateway busy');
    this.name = 'ScadaBusy';
  }
}

async function sendCommand(url: string, cmd: PumpCommand, signal?: AbortSignal): Promise<PumpStatus> {
  const res = await fetch(`${url}/boreholes/${cmd.boreholeId}/setpoint`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(cmd),
    signal,
  });
  if (res.status === 503) {
    const retryAfter = Number(res.headers.get('retry-after') ?? '2');
    throw new ScadaBusy(retryAfter * 1000);
  }
  if (!res.ok) throw new Error(`setpoint rejected for ${cmd.boreholeId}: ${res.status}`);
  return (await res.json()) as PumpStatus;
}

export async function applySetpoint(cmd: PumpCommand, options: ControlOptions): Promise<PumpStatus> {
  const { scadaUrl, signal, attempts = 5, backoffMs = 1_000 } = options;
  if (cmd.maxWellheadC > 98) throw new RangeError('wellhead limit above flash-steam margin');

  for (let attempt = 1; ; attempt++) {
    try {
      return await sendCommand(scadaUrl, cmd, signal);
    } catch (err) {
      if (!(err instanceof ScadaBusy) || attempt >= attempts) throw err;
      const wait = Math.max(err.retryAfterMs, backoffMs * attempt);
      await new Promise<void>((resolve) => setTimeout(resolve, wait));
    }
  }
}

export function needsDerating(status: PumpStatus, cmd: PumpCommand): boolean {
  return status.state === 'running' && status.wellheadC > cmd.maxWellheadC - 3;
}

export function derated(cmd: PumpCommand, status: PumpStatus): PumpCommand {
  const factor = Math.max(0.4, 1 - (status.wellheadC - (cmd.maxWellheadC - 3)) * 0.1);
  return { ...cmd, targetFlowLpm: Math.round(cmd.targetFlowLpm * factor) };
}
