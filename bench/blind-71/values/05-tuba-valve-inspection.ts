// expect: no-promise-as-value
// The certificate payload puts boreProfileHash(measurements), an async digest, straight into JSON.stringify, so the QA service receives "boreHash": {}.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

export interface ValveMeasurement {
  valveSerial: string;
  position: 1 | 2 | 3 | 4;
  pistonOdMm: number;
  casingIdMm: number;
  leakSccm: number;
}

export interface InspectionCertificate {
  instrumentSerial: string;
  inspector: string;
  passed: boolean;
  failures: string[];
}

declare const qaServiceUrl: string;
declare const calibrationFile: string;

const MAX_CLEARANCE_MM = 0.012;
const MAX_LEAK_SCCM = 4;

async function boreProfileHash(measurements: ValveMeasurement[]): Promise<string> {
  const calibration = await readFile(calibrationFile);
  const hash = createHash("sha256");
  hash.update(calibration);
  for (const m of [...measurements].sort((a, b) => a.position - b.position)) {
    hash.update(`${m.valveSerial}:${m.pistonOdMm.toFixed(4)}:${m.casingIdMm.toFixed(4)}`);
  }
  return hash.digest("hex");
}

function evaluate(measurements: ValveMeasurement[]): string[] {
  const failures: string[] = [];
  for (const m of measurements) {
    const clearance = m.casingIdMm - m.pistonOdMm;
    if (clearance <= 0) {
      failures.push(`valve ${m.position}: piston binds (clearance ${clearance.toFixed(4)}mm)`);
    } else if (clearance > MAX_CLEARANCE_MM) {
      failures.push(`valve ${m.position}: clearance ${clearance.toFixed(4)}mm too loose`);
    }
    if (m.leakSccm > MAX_LEAK_SCCM) {
      failures.push(`valve ${m.position}: leaks ${m.leakSccm} sccm`);
    }
  }
  const positions = new Set(measurements.map((m) => m.position));
  if (positions.size !== measurements.length) {
    failures.push("duplicate valve positions in measurement set");
  }
  return failures;
}

export async function certify(
  instrumentSerial: string,
  inspector: string,
  measurements: ValveMeasurement[],
): Promise<InspectionCertificate> {
  const failures = evaluate(measurements);
  const certificate: InspectionCertificate = {
    instrumentSerial,
    inspector,
    passed: failures.length === 0,
    failures,
  };

  const response = await fetch(`${qaServiceUrl}/certificates`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      ...certificate,
      boreHash: boreProfileHash(measurements),
      measuredAt: new Date().toISOString(),
      measurements,
    }),
  });
  if (!response.ok) {
    throw new Error(`QA service refused certificate for ${instrumentSerial}: ${response.status}`);
  }
  return certificate;
}
