// expect: no-read-before-settle
// auditMachine reads countedCents and jams right after wiring the readline 'line' listener, before any line has been read, so every audit sees zero coins.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

export interface Machine {
  machineId: string;
  site: string;
  coinMech: "mdb-6tube" | "mdb-5tube" | "legacy";
}

export interface CoinAudit {
  machineId: string;
  countedCents: number;
  reportedCents: number;
  varianceCents: number;
  jams: number;
  status: "ok" | "short" | "over" | "jammed";
}

declare const fleetTelemetry: {
  downloadCoinLog(machineId: string, sinceIso: string): Promise<string>;
  cashboxCents(machineId: string): Promise<number>;
};

declare const routeOps: {
  flagForService(machineId: string, reason: string): Promise<void>;
};

const COIN_VALUES: Record<string, number> = {
  N: 5,
  D: 10,
  Q: 25,
  H: 50,
  S: 100,
};

const TOLERANCE_CENTS = 75;

function classify(variance: number, jams: number): CoinAudit["status"] {
  if (jams > 3) return "jammed";
  if (variance < -TOLERANCE_CENTS) return "short";
  if (variance > TOLERANCE_CENTS) return "over";
  return "ok";
}

export async function auditMachine(machine: Machine, sinceIso: string): Promise<CoinAudit> {
  const [logPath, reportedCents] = await Promise.all([
    fleetTelemetry.downloadCoinLog(machine.machineId, sinceIso),
    fleetTelemetry.cashboxCents(machine.machineId),
  ]);

  let countedCents = 0;
  let jams = 0;
  const lines = createInterface({ input: createReadStream(logPath), crlfDelay: Infinity });
  lines.on("line", (line) => {
    const [kind, code] = line.split("\t");
    if (kind === "COIN" && code in COIN_VALUES) {
      countedCents += COIN_VALUES[code];
    } else if (kind === "JAM") {
      jams++;
    } else if (kind === "PAYOUT" && code in COIN_VALUES) {
      countedCents -= COIN_VALUES[code];
    }
  });

  const varianceCents = countedCents - reportedCents;
  const audit: CoinAudit = {
    machineId: machine.machineId,
    countedCents,
    reportedCents,
    varianceCents,
    jams,
    status: classify(varianceCents, jams),
  };

  if (audit.status !== "ok") {
    await routeOps.flagForService(machine.machineId, `coin audit ${audit.status}: variance ${varianceCents}¢, ${jams} jams`);
  }
  return audit;
}

export async function auditRoute(machines: Machine[], sinceIso: string): Promise<CoinAudit[]> {
  const audits: CoinAudit[] = [];
  for (const machine of machines) {
    if (machine.coinMech === "legacy") continue;
    audits.push(await auditMachine(machine, sinceIso));
  }
  return audits;
}
