// expect: none
// Correct: the setpoint and override lookups are awaited before they go into the ?? fallback, the log template and the postMessage payload.
import { parentPort, workerData } from 'node:worker_threads';

interface CurtailmentRequest {
  requestId: string;
  inverterIds: string[];
  gridExportLimitKw: number;
}

interface InverterSetpoint {
  inverterId: string;
  activePowerPct: number;
  source: 'override' | 'computed';
}

declare const modbus: {
  readActivePowerKw(inverterId: string): Promise<number>;
  readRatedKw(inverterId: string): Promise<number>;
};

declare const overrides: {
  get(inverterId: string): Promise<number | undefined>;
};

const { siteId } = workerData as { siteId: string };

async function computeSetpoint(inverterId: string, shareKw: number): Promise<number> {
  const rated = await modbus.readRatedKw(inverterId);
  if (rated <= 0) return 0;
  return Math.max(0, Math.min(100, (shareKw / rated) * 100));
}

async function handle(req: CurtailmentRequest): Promise<InverterSetpoint[]> {
  const outputs = await Promise.all(req.inverterIds.map((id) => modbus.readActivePowerKw(id)));
  const totalKw = outputs.reduce((a, b) => a + b, 0);
  const ratio = totalKw > req.gridExportLimitKw ? req.gridExportLimitKw / totalKw : 1;

  const setpoints: InverterSetpoint[] = [];
  for (let i = 0; i < req.inverterIds.length; i++) {
    const inverterId = req.inverterIds[i];
    const manual = await overrides.get(inverterId);
    const pct = manual ?? (await computeSetpoint(inverterId, outputs[i] * ratio));
    setpoints.push({
      inverterId,
      activePowerPct: Math.round(pct * 10) / 10,
      source: manual !== undefined ? 'override' : 'computed',
    });
  }
  return setpoints;
}

parentPort?.on('message', async (req: CurtailmentRequest) => {
  try {
    const setpoints = await handle(req);
    const limited = setpoints.filter((s) => s.activePowerPct < 100).length;
    console.log(`[${siteId}] ${req.requestId}: ${limited}/${setpoints.length} inverters curtailed`);
    parentPort?.postMessage({ requestId: req.requestId, ok: true, setpoints });
  } catch (err) {
    parentPort?.postMessage({
      requestId: req.requestId,
      ok: false,
      error: err instanceof Error ? err.message : String(err),
    });
  }
});
