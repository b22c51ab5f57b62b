// expect: none
// The crew lookup starts early but a rejection handler is attached on the very next line, and the later await still surfaces its error.
export interface StoppageRequest {
  lockId: string;
  from: Date;
  to: Date;
  reason: 'gate-seal' | 'paddle-gear' | 'dredging' | 'inspection';
}

export interface Stoppage {
  noticeId: string;
  lockId: string;
  from: Date;
  to: Date;
}

export interface Crew {
  crewId: string;
  skills: string[];
  homeLockId: string;
}

declare const navigationAuthority: {
  requestStoppage(request: StoppageRequest): Promise<Stoppage>;
  publishNotice(noticeId: string, text: string): Promise<void>;
};
declare const crewRoster: {
  availability(window: { from: Date; to: Date }): Promise<Crew[]>;
  book(crewId: string, stoppage: Stoppage): Promise<void>;
};
declare const dispatchLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

const REQUIRED_SKILL: Record<StoppageRequest['reason'], string> = {
  'gate-seal': 'carpentry',
  'paddle-gear': 'fitting',
  dredging: 'plant-operation',
  inspection: 'survey',
};

export function pickCrew(crews: Crew[], request: StoppageRequest): Crew | undefined {
  const skill = REQUIRED_SKILL[request.reason];
  const qualified = crews.filter((c) => c.skills.includes(skill));
  return qualified.find((c) => c.homeLockId === request.lockId) ?? qualified[0];
}

function noticeText(stoppage: Stoppage, request: StoppageRequest): string {
  const fmt = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');
  return `Lock ${stoppage.lockId} closed ${fmt(stoppage.from)} to ${fmt(stoppage.to)} for ${request.reason.replace('-', ' ')}.`;
}

export async function dispatchMaintenance(request: StoppageRequest): Promise<{ stoppage: Stoppage; crew: Crew }> {
  const crewLookup = crewRoster.availability({ from: request.from, to: request.to });
  crewLookup.catch(() => undefined);

  const stoppage = await navigationAuthority.requestStoppage(request);
  await navigationAuthority.publishNotice(stoppage.noticeId, noticeText(stoppage, request));

  const crews = await crewLookup;
  const crew = pickCrew(crews, request);
  if (!crew) {
    throw new Error(`no ${REQUIRED_SKILL[request.reason]} crew free for ${request.lockId}`);
  }
  await crewRoster.book(crew.crewId, stoppage);
  dispatchLog.info('maintenance dispatched', { lockId: request.lockId, crewId: crew.crewId, noticeId: stoppage.noticeId });
  return { stoppage, crew };
}

export async function dispatchWinterProgramme(requests: StoppageRequest[]): Promise<number> {
  let dispatched = 0;
  const ordered = [...requests].sort((a, b) => a.from.getTime() - b.from.getTime());
  for (const request of ordered) {
    await dispatchMaintenance(request);
    dispatched += 1;
  }
  return dispatched;
}
