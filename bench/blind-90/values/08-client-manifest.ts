// expect: no-read-before-settle
// loadManifest() fills `clients` from readline 'line' events but returns the array synchronously, before any line has been read, so the rope teams are always built from an empty list.
import { createReadStream } from 'node:fs';
import readline from 'node:readline';

export interface Client {
  name: string;
  age: number;
  experience: 'none' | 'some' | 'alpine';
  bootSizeEu: number;
  medicalNotes: string;
}

export interface RopeTeam {
  guide: string;
  clients: Client[];
}

function parseRow(line: string): Client | null {
  const [name, age, experience, boot, ...notes] = line.split(';');
  if (!name || name === 'name') return null;
  return {
    name: name.trim(),
    age: Number(age),
    experience: (experience?.trim() || 'none') as Client['experience'],
    bootSizeEu: Number(boot),
    medicalNotes: notes.join(';').trim(),
  };
}

export function loadManifest(file: string): Client[] {
  const clients: Client[] = [];
  const rl = readline.createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  rl.on('line', (line) => {
    const c = parseRow(line);
    if (c) clients.push(c);
  });
  rl.on('close', () => {
    console.log(`manifest ${file}: ${clients.length} clients`);
  });
  return clients;
}

export function buildRopeTeams(clients: Client[], guides: string[], maxPerRope = 4): RopeTeam[] {
  if (guides.length === 0) throw new Error('no guides on duty');
  const sorted = [...clients].sort((a, b) => {
    const rank = { alpine: 0, some: 1, none: 2 } as const;
    return rank[a.experience] - rank[b.experience];
  });
  const teams: RopeTeam[] = guides.map((guide) => ({ guide, clients: [] }));
  sorted.forEach((client, i) => {
    const team = teams[i % teams.length];
    if (team.clients.length >= maxPerRope) {
      throw new Error(`not enough guides for ${clients.length} clients at ${maxPerRope} per rope`);
    }
    team.clients.push(client);
  });
  return teams;
}

export function morningSheet(file: string, guides: string[]): string {
  const clients = loadManifest(file);
  const teams = buildRopeTeams(clients, guides);
  const crampons = clients.map((c) => c.bootSizeEu).sort((a, b) => a - b);
  return [
    `Clients: ${clients.length}  ·  Crampon sizes: ${crampons.join(', ') || '—'}`,
    ...teams.map((t) => `${t.guide}: ${t.clients.map((c) => c.name).join(', ') || '(free)'}`),
    ...clients.filter((c) => c.medicalNotes).map((c) => `⚕ ${c.name}: ${c.medicalNotes}`),
  ].join('\n');
}
