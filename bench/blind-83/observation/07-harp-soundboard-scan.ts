// expect: none
// Every scan promise collected in the array is awaited together with Promise.all before any result is inspected, and the early return happens before any scan starts.
interface SoundboardZone {
  zone: string;
  thicknessMm: number;
  grain: 'quarter-sawn' | 'flat-sawn';
}

interface ScanResult {
  zone: string;
  crackLengthMm: number;
  delaminationPct: number;
  resonanceHz: number;
}

interface HarpIntake {
  harpId: string;
  maker: string;
  year: number;
  stringCount: number;
  zones: SoundboardZone[];
}

declare const ultrasound: {
  scan(harpId: string, zone: SoundboardZone): Promise<ScanResult>;
};

declare const workshopJournal: {
  append(harpId: string, entry: { kind: string; detail: unknown }): Promise<void>;
};

export type Verdict = 'stabilise' | 'replace-panel' | 'sound';

export interface SoundboardAssessment {
  harpId: string;
  verdict: Verdict;
  worstZone: string | null;
  results: ScanResult[];
}

function zoneVerdict(r: ScanResult): Verdict {
  if (r.delaminationPct > 30 || r.crackLengthMm > 120) return 'replace-panel';
  if (r.delaminationPct > 5 || r.crackLengthMm > 15) return 'stabilise';
  return 'sound';
}

const SEVERITY: Record<Verdict, number> = { sound: 0, stabilise: 1, 'replace-panel': 2 };

export async function assessSoundboard(intake: HarpIntake): Promise<SoundboardAssessment> {
  if (intake.zones.length === 0) {
    return { harpId: intake.harpId, verdict: 'sound', worstZone: null, results: [] };
  }

  const scans: Promise<ScanResult>[] = [];
  for (const zone of intake.zones) {
    scans.push(ultrasound.scan(intake.harpId, zone));
  }
  const results = await Promise.all(scans);

  let verdict: Verdict = 'sound';
  let worstZone: string | null = null;
  for (const r of results) {
    const v = zoneVerdict(r);
    if (SEVERITY[v] > SEVERITY[verdict]) {
      verdict = v;
      worstZone = r.zone;
    }
  }

  if (verdict === 'replace-panel' && intake.year < 1850) {
    verdict = 'stabilise';
  }

  await workshopJournal.append(intake.harpId, { kind: 'soundboard-scan', detail: { verdict, worstZone } });
  return { harpId: intake.harpId, verdict, worstZone, results };
}
