// expect: no-multiple-settle
// Bug: the 'calibrating' branch of the poll callback neither resolves nor rejects, so the promise (and the whole gallery survey) hangs.
export interface CaseClimate {
  caseId: string;
  relativeHumidity: number;
  temperatureC: number;
  drifting: boolean;
  sampledAt: Date;
}

interface RawReading {
  state: 'ok' | 'drift' | 'calibrating' | 'offline';
  rhTenths: number;
  tempTenths: number;
  sampledAt: number;
}

declare const caseBus: {
  poll(caseId: string, callback: (err: Error | null, reading: RawReading) => void): void;
};

declare const conservationAudit: {
  note(caseId: string, message: string): void;
};

const RH_BAND: [number, number] = [45, 55];
const TEMP_BAND: [number, number] = [18, 22];

function toClimate(caseId: string, reading: RawReading, drifting: boolean): CaseClimate {
  return {
    caseId,
    relativeHumidity: reading.rhTenths / 10,
    temperatureC: reading.tempTenths / 10,
    drifting,
    sampledAt: new Date(reading.sampledAt),
  };
}

export function readCaseClimate(caseId: string): Promise<CaseClimate> {
  return new Promise<CaseClimate>((resolve, reject) => {
    caseBus.poll(caseId, (err, reading) => {
      if (err) {
        reject(err);
        return;
      }
      switch (reading.state) {
        case 'ok':
          resolve(toClimate(caseId, reading, false));
          break;
        case 'drift':
          conservationAudit.note(caseId, 'sensor drift flagged by case controller');
          resolve(toClimate(caseId, reading, true));
          break;
        case 'calibrating':
          conservationAudit.note(caseId, 'reading skipped while sensor calibrates');
          break;
        case 'offline':
          reject(new Error(`climate sensor in case ${caseId} is offline`));
          break;
      }
    });
  });
}

export function outOfBand(climate: CaseClimate): string[] {
  const issues: string[] = [];
  if (climate.relativeHumidity < RH_BAND[0] || climate.relativeHumidity > RH_BAND[1]) {
    issues.push(`RH ${climate.relativeHumidity.toFixed(1)}%`);
  }
  if (climate.temperatureC < TEMP_BAND[0] || climate.temperatureC > TEMP_BAND[1]) {
    issues.push(`temp ${climate.temperatureC.toFixed(1)}°C`);
  }
  return issues;
}

export async function surveyGallery(caseIds: string[]): Promise<Map<string, string[]>> {
  const readings = await Promise.all(caseIds.map((id) => readCaseClimate(id)));
  const findings = new Map<string, string[]>();
  for (const climate of readings) {
    const issues = outOfBand(climate);
    if (climate.drifting) issues.push('sensor drifting');
    if (issues.length > 0) findings.set(climate.caseId, issues);
  }
  return findings;
}
