// expect: none
// pH and EC readings start together but are combined with Promise.all before anything else is awaited.
export interface BayReading {
  bay: string;
  ph: number;
  ecMilliSiemens: number;
  waterTempC: number;
}

export interface DoseCommand {
  bay: string;
  pump: 'ph-down' | 'ph-up' | 'nutrient-a' | 'nutrient-b';
  millilitres: number;
}

declare const probes: {
  readPh(bay: string, signal: AbortSignal): Promise<number>;
  readEc(bay: string, signal: AbortSignal): Promise<number>;
  readTemp(bay: string, signal: AbortSignal): Promise<number>;
};

declare const doser: {
  dispense(cmd: DoseCommand): Promise<void>;
};

const TARGET_PH = 6.0;
const TARGET_EC = 1.4;
const PROBE_TIMEOUT_MS = 4_000;

export function createDosingCycle(bays: string[], log: (msg: string) => void) {
  async function readBay(bay: string): Promise<BayReading> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), PROBE_TIMEOUT_MS);
    try {
      const phReading = probes.readPh(bay, controller.signal);
      const ecReading = probes.readEc(bay, controller.signal);
      const tempReading = probes.readTemp(bay, controller.signal);
      const [ph, ecMilliSiemens, waterTempC] = await Promise.all([phReading, ecReading, tempReading]);
      return { bay, ph, ecMilliSiemens, waterTempC };
    } finally {
      clearTimeout(timer);
    }
  }

  function plan(reading: BayReading): DoseCommand[] {
    const commands: DoseCommand[] = [];
    const phError = reading.ph - TARGET_PH;
    if (Math.abs(phError) > 0.2) {
      commands.push({
        bay: reading.bay,
        pump: phError > 0 ? 'ph-down' : 'ph-up',
        millilitres: Math.min(25, Math.round(Math.abs(phError) * 40)),
      });
    }
    // Cold water under-reads EC slightly; compensate to 25 °C.
    const compensatedEc = reading.ecMilliSiemens / (1 + 0.02 * (reading.waterTempC - 25));
    if (compensatedEc < TARGET_EC - 0.1) {
      const ml = Math.round((TARGET_EC - compensatedEc) * 60);
      commands.push({ bay: reading.bay, pump: 'nutrient-a', millilitres: ml });
      commands.push({ bay: reading.bay, pump: 'nutrient-b', millilitres: ml });
    }
    return commands;
  }

  return async function runCycle(): Promise<number> {
    let dosed = 0;
    for (const bay of bays) {
      const reading = await readBay(bay);
      const commands = plan(reading);
      for (const cmd of commands) {
        await doser.dispense(cmd);
        dosed += cmd.millilitres;
      }
      log(`${bay}: pH ${reading.ph.toFixed(2)} EC ${reading.ecMilliSiemens.toFixed(2)} -> ${commands.length} doses`);
    }
    return dosed;
  };
}
