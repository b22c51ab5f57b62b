// expect: no-unchecked-settled-results
// The sweep keeps only the fulfilled entries from Promise.allSettled and reports every probe as polled, so rejected probes and their reasons are silently dropped.
export interface ProbeConfig {
  id: string;
  transect: string;
  address: number;
}

export interface ProbeReading {
  probeId: string;
  waterTableCm: number;
  soilTempC: number;
  conductivityUs: number;
}

export interface ModbusGateway {
  readHoldingRegisters(address: number, start: number, count: number): Promise<number[]>;
}

export interface SweepReport {
  startedAt: string;
  polled: number;
  readings: ProbeReading[];
  driestTransect: string | null;
}

const REG_WATER_TABLE = 0x10;

async function readProbe(gateway: ModbusGateway, probe: ProbeConfig): Promise<ProbeReading> {
  const regs = await gateway.readHoldingRegisters(probe.address, REG_WATER_TABLE, 3);
  if (regs.length !== 3) {
    throw new Error(`probe ${probe.id}: expected 3 registers, got ${regs.length}`);
  }
  const [wt, temp, cond] = regs;
  return {
    probeId: probe.id,
    waterTableCm: (wt << 16 >> 16) / 10,
    soilTempC: (temp << 16 >> 16) / 100,
    conductivityUs: cond,
  };
}

function driest(readings: ProbeReading[], probes: ProbeConfig[]): string | null {
  const byTransect = new Map<string, number[]>();
  for (const r of readings) {
    const transect = probes.find((p) => p.id === r.probeId)?.transect;
    if (!transect) continue;
    const list = byTransect.get(transect) ?? [];
    list.push(r.waterTableCm);
    byTransect.set(transect, list);
  }
  let worst: string | null = null;
  let worstMean = Infinity;
  for (const [transect, depths] of byTransect) {
    const mean = depths.reduce((a, b) => a + b, 0) / depths.length;
    if (mean < worstMean) {
      worstMean = mean;
      worst = transect;
    }
  }
  return worst;
}

export async function sweepBog(gateway: ModbusGateway, probes: ProbeConfig[]): Promise<SweepReport> {
  const startedAt = new Date().toISOString();
  const results = await Promise.allSettled(probes.map((p) => readProbe(gateway, p)));

  const readings: ProbeReading[] = [];
  for (const result of results) {
    if (result.status === 'fulfilled') {
      readings.push(result.value);
    }
  }

  return {
    startedAt,
    polled: results.length,
    readings,
    driestTransect: driest(readings, probes),
  };
}
