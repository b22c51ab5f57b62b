// expect: no-promise-as-value
// resolvers.Query.canEdit is async; the "owner can edit" test passes the un-awaited promise to toBeTruthy, which passes regardless of the result.
interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeTruthy(): void;
  toBeNull(): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
}
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<void>): void;
declare function beforeEach(fn: () => void | Promise<void>): void;
declare function expect(actual: unknown): Matchers;

interface Project {
  id: string;
  name: string;
  ownerId: string;
  memberIds: string[];
  archived: boolean;
}

interface Context {
  viewerId: string | null;
  projects: Map<string, Project>;
}

const resolvers = {
  Query: {
    async project(_: unknown, args: { id: string }, ctx: Context): Promise<Project | null> {
      const p = ctx.projects.get(args.id);
      if (!p || !ctx.viewerId) return null;
      return p.ownerId === ctx.viewerId || p.memberIds.includes(ctx.viewerId) ? p : null;
    },
    async canEdit(_: unknown, args: { id: string }, ctx: Context): Promise<boolean> {
      const p = ctx.projects.get(args.id);
      return !!p && !p.archived && p.ownerId === ctx.viewerId;
    },
  },
  Mutation: {
    async archiveProject(_: unknown, args: { id: string }, ctx: Context): Promise<Project> {
      const p = ctx.projects.get(args.id);
      if (!p) throw new Error(`Project ${args.id} not found`);
      if (p.ownerId !== ctx.viewerId) throw new Error('FORBIDDEN');
      p.archived = true;
      return p;
    },
  },
};

describe('project resolvers', () => {
  let ctx: Context;

  beforeEach(() => {
    ctx = {
      viewerId: 'u-owner',
      projects: new Map([
        ['p1', { id: 'p1', name: 'Website', ownerId: 'u-owner', memberIds: ['u-dev'], archived: false }],
        ['p2', { id: 'p2', name: 'Billing', ownerId: 'u-other', memberIds: [], archived: false }],
      ]),
    };
  });

  it('returns projects the viewer belongs to', async () => {
    ctx.viewerId = 'u-dev';
    const p = await resolvers.Query.project(null, { id: 'p1' }, ctx);
    expect(p?.name).toBe('Website');
    expect(await resolvers.Query.project(null, { id: 'p2' }, ctx)).toBeNull();
  });

  it('lets the owner edit an active project', () => {
    expect(resolvers.Query.canEdit(null, { id: 'p1' }, ctx)).toBeTruthy();
  });

  it('does not let members edit', async () => {
    ctx.viewerId = 'u-dev';
    expect(await resolvers.Query.canEdit(null, { id: 'p1' }, ctx)).toBe(false);
  });

  it('archives and then blocks edits', async () => {
    const archived = await resolvers.Mutation.archiveProject(null, { id: 'p1' }, ctx);
    expect(archived.archived).toBe(true);
    expect(await resolvers.Query.canEdit(null, { id: 'p1' }, ctx)).toBe(false);
  });

  it("rejects archiving someone else's project", async () => {
    await expect(resolvers.Mutation.archiveProject(null, { id: 'p2' }, ctx)).rejects.toThrow('FORBIDDEN');
  });
});

export {};
