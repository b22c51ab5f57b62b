// expect: none
// Every async lookup is awaited (singly or through Promise.all) before it reaches a template string, a condition or the JSON body; the condition helpers are synchronous.
export interface OlePhoto {
  localPath: string;
  mastId: string;
  takenAt: string;
}

export interface FaultObservation {
  sectionId: string;
  mastId: string;
  kind: 'dropper-broken' | 'wire-wear' | 'insulator-flashover' | 'registration-arm' | 'bird-strike';
  reportedBy: string;
  photos: OlePhoto[];
}

interface SectionInfo {
  sectionId: string;
  feederStation: string;
  isolatorState: 'closed' | 'open' | 'earthed';
  servicesPerHour: number;
}

declare const assetRegister: {
  section(sectionId: string): Promise<SectionInfo>;
  mastHeight(mastId: string): Promise<number>;
};

declare const weather: {
  current(sectionId: string): Promise<{ windKmh: number; iceRisk: boolean }>;
};

declare const mediaStore: {
  upload(localPath: string): Promise<string>;
};

declare const controlRoomUrl: string;

function isIsolated(section: SectionInfo): boolean {
  return section.isolatorState !== 'closed';
}

function priorityFor(kind: FaultObservation['kind'], section: SectionInfo, windKmh: number): 'P1' | 'P2' | 'P3' {
  if (kind === 'insulator-flashover' || kind === 'registration-arm') return 'P1';
  if (kind === 'dropper-broken' && (windKmh > 50 || section.servicesPerHour > 12)) return 'P1';
  if (kind === 'wire-wear') return 'P3';
  return 'P2';
}

export async function fileFaultReport(obs: FaultObservation): Promise<{ reference: string; priority: string }> {
  const [section, conditions, mastHeightM] = await Promise.all([
    assetRegister.section(obs.sectionId),
    weather.current(obs.sectionId),
    assetRegister.mastHeight(obs.mastId),
  ]);

  const priority = priorityFor(obs.kind, section, conditions.windKmh);
  const access = isIsolated(section)
    ? `section already ${section.isolatorState}; crew may proceed under existing permit`
    : `isolation required from ${section.feederStation} before work`;

  const photoUrls = await Promise.all(obs.photos.map((p) => mediaStore.upload(p.localPath)));

  const summary =
    `${priority} ${obs.kind.replace('-', ' ')} at mast ${obs.mastId} (${mastHeightM} m), ` +
    `section ${section.sectionId}. Wind ${conditions.windKmh} km/h` +
    (conditions.iceRisk ? ', ice risk' : '') +
    `. ${access}.`;

  const res = await fetch(`${controlRoomUrl}/ole-faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      section: section.sectionId,
      mast: obs.mastId,
      kind: obs.kind,
      priority,
      summary,
      reportedBy: obs.reportedBy,
      photos: photoUrls,
      isolated: isIsolated(section),
    }),
  });
  if (!res.ok) {
    throw new Error(`control room refused fault report: ${res.status}`);
  }
  const { reference } = (await res.json()) as { reference: string };
  return { reference, priority };
}
