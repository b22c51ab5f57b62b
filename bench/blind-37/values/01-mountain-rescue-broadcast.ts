// expect: no-promise-as-value
// routing.minutesBetween() is async, so the tasking message interpolates a Promise and teams hear "ETA [object Promise]".
export interface Team {
  callsign: string;
  lastGrid: string;
  members: number;
  vehicle: 'landrover' | 'on-foot' | 'helicopter';
}

export interface Tasking {
  incidentId: string;
  grid: string;
  priority: 'P1' | 'P2' | 'P3';
  brief: string;
}

interface Transmission {
  channel: number;
  callsign: string;
  text: string;
  sentAt: Date;
}

declare const routing: {
  minutesBetween(fromGrid: string, toGrid: string, mode: Team['vehicle']): Promise<number>;
};
declare const radio: {
  bestChannel(grid: string): Promise<number>;
  transmit(channel: number, text: string): Promise<void>;
};
declare const incidentLog: {
  append(incidentId: string, entry: Transmission): Promise<void>;
};

const PHONETIC: Record<string, string> = {
  A: 'Alpha', B: 'Bravo', C: 'Charlie', D: 'Delta', E: 'Echo', F: 'Foxtrot', G: 'Golf', H: 'Hotel',
  I: 'India', J: 'Juliett', K: 'Kilo', L: 'Lima', M: 'Mike', N: 'November', O: 'Oscar', P: 'Papa',
  Q: 'Quebec', R: 'Romeo', S: 'Sierra', T: 'Tango', U: 'Uniform', V: 'Victor', W: 'Whiskey',
  X: 'X-ray', Y: 'Yankee', Z: 'Zulu',
};

function spokenGrid(grid: string): string {
  return grid
    .replace(/\s+/g, '')
    .toUpperCase()
    .split('')
    .map((ch) => PHONETIC[ch] ?? ch)
    .join(' ');
}

function eligibleTeams(teams: Team[], tasking: Tasking): Team[] {
  const minimum = tasking.priority === 'P1' ? 4 : 2;
  return teams.filter((t) => t.members >= minimum && (tasking.priority !== 'P3' || t.vehicle !== 'helicopter'));
}

export async function broadcastTasking(tasking: Tasking, teams: Team[]): Promise<Transmission[]> {
  const sent: Transmission[] = [];
  const channel = await radio.bestChannel(tasking.grid);

  for (const team of eligibleTeams(teams, tasking)) {
    const text =
      `${team.callsign}, ${tasking.priority} tasking. Proceed to grid ${spokenGrid(tasking.grid)}. ` +
      `Estimated ${routing.minutesBetween(team.lastGrid, tasking.grid, team.vehicle)} minutes. ${tasking.brief}. Over.`;
    await radio.transmit(channel, text);
    const entry: Transmission = { channel, callsign: team.callsign, text, sentAt: new Date() };
    await incidentLog.append(tasking.incidentId, entry);
    sent.push(entry);
  }

  if (sent.length === 0) {
    throw new Error(`no team meets the ${tasking.priority} minimum for incident ${tasking.incidentId}`);
  }
  return sent;
}
