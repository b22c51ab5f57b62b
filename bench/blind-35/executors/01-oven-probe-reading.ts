// expect: no-multiple-settle
// readProbeTemperature settles only on a parsed line or a spawn error; if the probe exits without printing a TEMP line the promise never settles.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface OvenConfig {
  id: string;
  probeDevice: string;
  targetCelsius: number;
  toleranceCelsius: number;
  deckCount: number;
}

export interface ProbeReading {
  ovenId: string;
  celsius: number;
  humidity: number | null;
  takenAt: Date;
}

export interface LoadingDecision {
  ovenId: string;
  ready: boolean;
  steamSeconds: number;
  note: string;
}

declare const bakeryLog: {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
};

const PROBE_BINARY = '/opt/bakehouse/bin/oven-probe';

function parseProbeLine(line: string): { celsius: number; humidity: number | null } | null {
  // Probe output looks like "TEMP 231.4 RH 18.2", or "TEMP 231.4 RH -" with the hygrometer offline.
  const match = /^TEMP\s+(-?\d+(?:\.\d+)?)\s+RH\s+(-|\d+(?:\.\d+)?)$/.exec(line.trim());
  if (!match) return null;
  const celsius = Number(match[1]);
  const humidity = match[2] === '-' ? null : Number(match[2]);
  if (!Number.isFinite(celsius)) return null;
  return { celsius, humidity };
}

export function readProbeTemperature(oven: OvenConfig): Promise<ProbeReading> {
  return new Promise<ProbeReading>((resolve, reject) => {
    const child = spawn(PROBE_BINARY, ['--device', oven.probeDevice, '--once'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
    let stderr = '';

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    lines.on('line', (line) => {
      const parsed = parseProbeLine(line);
      if (!parsed) {
        bakeryLog.warn('unparseable probe line', { oven: oven.id, line });
        return;
      }
      lines.close();
      resolve({ ovenId: oven.id, ...parsed, takenAt: new Date() });
    });

    child.on('error', (err) => {
      lines.close();
      const detail = stderr.trim() ? ` (${stderr.trim()})` : '';
      reject(new Error(`probe for oven ${oven.id} failed to start: ${err.message}${detail}`));
    });
  });
}

function steamFor(reading: ProbeReading, oven: OvenConfig): number {
  // Dry ovens need a longer burst so the crust does not set before oven spring.
  if (reading.humidity === null) return 8 * oven.deckCount;
  if (reading.humidity < 12) return 12;
  if (reading.humidity < 25) return 8;
  return 4;
}

export async function decideLoading(ovens: OvenConfig[]): Promise<LoadingDecision[]> {
  const decisions: LoadingDecision[] = [];
  for (const oven of ovens) {
    const reading = await readProbeTemperature(oven);
    const delta = reading.celsius - oven.targetCelsius;
    const ready = Math.abs(delta) <= oven.toleranceCelsius;
    decisions.push({
      ovenId: oven.id,
      ready,
      steamSeconds: ready ? steamFor(reading, oven) : 0,
      note: ready
        ? `deck at ${reading.celsius.toFixed(1)}°C`
        : delta < 0
          ? `still heating, ${(-delta).toFixed(1)}°C to go`
          : `overshoot by ${delta.toFixed(1)}°C, vent before loading`,
    });
  }
  bakeryLog.info('loading decisions computed', { count: decisions.length });
  return decisions;
}
