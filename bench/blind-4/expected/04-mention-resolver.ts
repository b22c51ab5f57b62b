// expect: none
// loadUser is passed to map(), which calls it for every id (it takes a single parameter, so map's index argument is harmless), and the channel loader is called inside the Promise.all array, so every slot holds a real promise.
declare const users: {
  get(id: string): Promise<{ id: string; displayName: string; deactivated: boolean } | null>;
};
declare const channels: {
  get(id: string): Promise<{ id: string; name: string; memberIds: string[] }>;
};

export interface Mention {
  userId: string;
  label: string;
  notify: boolean;
}

const MENTION = /<@([A-Z0-9]{9,11})>/g;

async function loadUser(id: string): Promise<{ id: string; label: string; active: boolean }> {
  const user = await users.get(id);
  if (!user) return { id, label: 'unknown user', active: false };
  return { id, label: user.displayName, active: !user.deactivated };
}

function formatMentions(text: string, resolved: Map<string, string>): string {
  return text.replace(MENTION, (_, id: string) => `@${resolved.get(id) ?? id}`);
}

export async function resolveMentions(channelId: string, text: string): Promise<{ rendered: string; mentions: Mention[] }> {
  const ids = [...new Set(Array.from(text.matchAll(MENTION), (m) => m[1]))];
  if (ids.length === 0) return { rendered: text, mentions: [] };

  const [channel, people] = await Promise.all([channels.get(channelId), Promise.all(ids.map(loadUser))]);
  const members = new Set(channel.memberIds);

  const mentions = people.map((p) => ({
    userId: p.id,
    label: p.label,
    notify: p.active && members.has(p.id),
  }));
  const rendered = formatMentions(text, new Map(people.map((p) => [p.id, p.label])));
  return { rendered, mentions };
}
