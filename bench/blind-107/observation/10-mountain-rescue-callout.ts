// expect: no-unobserved-promise
// The team roster request is started first and only awaited after the repeater is opened and tuned, so if the roster service fails during those awaits its rejection has no handler yet and surfaces as an unhandled rejection.
export interface TeamMember {
  callsign: string;
  name: string;
  skills: Array<'medic' | 'rope' | 'dog-handler' | 'driver'>;
  onCall: boolean;
}

export interface RosterService {
  fetchOnCall(teamId: string): Promise<TeamMember[]>;
}

export interface Repeater {
  open(site: string): Promise<void>;
  tune(channel: number, ctcssHz: number): Promise<void>;
  page(callsigns: string[], text: string): Promise<{ delivered: string[] }>;
}

export interface Incident {
  id: string;
  grid: string; // OS grid ref, e.g. "NY 215 072"
  casualties: number;
  needs: Array<TeamMember['skills'][number]>;
}

export interface CalloutResult {
  incident: string;
  paged: string[];
  missingSkills: string[];
}

export class CalloutCoordinator {
  constructor(
    private readonly roster: RosterService,
    private readonly repeater: Repeater,
    private readonly teamId: string,
    private readonly site = 'Dunmail',
  ) {}

  async callOut(incident: Incident): Promise<CalloutResult> {
    const onCall = this.roster.fetchOnCall(this.teamId);

    await this.repeater.open(this.site);
    await this.repeater.tune(3, 110.9);

    const members = (await onCall).filter((m) => m.onCall);
    const chosen = this.pick(members, incident);
    const text = `MR CALLOUT ${incident.id} grid ${incident.grid} cas ${incident.casualties}`;
    const { delivered } = await this.repeater.page(chosen.map((m) => m.callsign), text);

    const covered = new Set(chosen.filter((m) => delivered.includes(m.callsign)).flatMap((m) => m.skills));
    return {
      incident: incident.id,
      paged: delivered,
      missingSkills: incident.needs.filter((s) => !covered.has(s)),
    };
  }

  private pick(members: TeamMember[], incident: Incident): TeamMember[] {
    const chosen = new Set<TeamMember>();
    for (const need of incident.needs) {
      const m = members.find((x) => x.skills.includes(need) && !chosen.has(x));
      if (m) chosen.add(m);
    }
    // always page at least four hill party members
    for (const m of members) {
      if (chosen.size >= Math.max(4, incident.needs.length)) break;
      chosen.add(m);
    }
    return [...chosen];
  }
}
