// expect: require-signal-propagation
// surveyKilns holds the caller's signal and passes it to the damper reads and the report write, but the probe wake-up POST is sent without it and cannot be cancelled.
import { writeFile } from 'node:fs/promises';

export interface DamperState {
  kilnId: string;
  damperOpenPct: number;
  smokeDensity: number;
  chamberCelsius: number;
}

export interface SurveyLine {
  kilnId: string;
  status: 'ok' | 'too-hot' | 'too-thin' | 'offline';
  state?: DamperState;
}

const MAX_COLD_SMOKE_CELSIUS = 30;
const MIN_SMOKE_DENSITY = 0.35;

export async function readDamperState(
  host: string,
  kilnId: string,
  signal: AbortSignal,
): Promise<DamperState | null> {
  try {
    const res = await fetch(`http://${host}/kilns/${encodeURIComponent(kilnId)}/damper`, { signal });
    if (!res.ok) {
      await res.body?.cancel();
      return null;
    }
    return (await res.json()) as DamperState;
  } catch (err) {
    if (signal.aborted) throw err;
    console.warn(`kiln ${kilnId} probe unreachable`, err);
    return null;
  }
}

function classify(kilnId: string, state: DamperState | null): SurveyLine {
  if (!state) return { kilnId, status: 'offline' };
  if (state.chamberCelsius > MAX_COLD_SMOKE_CELSIUS) return { kilnId, status: 'too-hot', state };
  if (state.smokeDensity < MIN_SMOKE_DENSITY) return { kilnId, status: 'too-thin', state };
  return { kilnId, status: 'ok', state };
}

export async function surveyKilns(
  host: string,
  kilnIds: string[],
  reportPath: string,
  signal: AbortSignal,
): Promise<SurveyLine[]> {
  const wake = await fetch(`http://${host}/probes/wake`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kilnIds, settleSeconds: 5 }),
  });
  await wake.body?.cancel();
  if (!wake.ok) throw new Error(`probe hub refused wake-up: ${wake.status}`);

  const states = await Promise.all(kilnIds.map((id) => readDamperState(host, id, signal)));
  const lines = kilnIds.map((id, i) => classify(id, states[i] ?? null));

  const report = lines
    .map((l) =>
      l.state
        ? `${l.kilnId}\t${l.status}\t${l.state.chamberCelsius}C\tdamper ${l.state.damperOpenPct}%`
        : `${l.kilnId}\t${l.status}`,
    )
    .join('\n');
  await writeFile(reportPath, `${new Date().toISOString()}\n${report}\n`, { encoding: 'utf8', signal });
  return lines;
}
