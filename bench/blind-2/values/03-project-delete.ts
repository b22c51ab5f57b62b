// expect: no-promise-as-value
// For a non-owner, canDelete is the Promise returned by hasPermission, which is always truthy, so the 403 branch never runs and any member of the organisation can delete any project.
interface SessionUser {
  id: string;
  orgId: string;
  hasPermission(permission: string, resourceId?: string): Promise<boolean>;
}
interface Ctx {
  params: Record<string, string>;
  state: { user: SessionUser; requestId: string };
  status: number;
  body: unknown;
}
interface Project {
  id: string;
  orgId: string;
  ownerId: string;
  name: string;
  archivedAt: Date | null;
}
declare const router: { delete(path: string, handler: (ctx: Ctx) => Promise<void>): void };
declare const projects: {
  findById(id: string): Promise<Project | null>;
  softDelete(id: string, by: string): Promise<void>;
};
declare const auditLog: { write(entry: Record<string, string>): Promise<void> };

router.delete('/api/projects/:id', async (ctx) => {
  const { user, requestId } = ctx.state;
  const project = await projects.findById(ctx.params.id);

  if (!project || project.orgId !== user.orgId) {
    ctx.status = 404;
    ctx.body = { error: 'project_not_found' };
    return;
  }
  if (project.archivedAt) {
    ctx.status = 409;
    ctx.body = { error: 'project_already_archived', archivedAt: project.archivedAt.toISOString() };
    return;
  }

  const canDelete = project.ownerId === user.id || user.hasPermission('project:delete', project.id);
  if (!canDelete) {
    ctx.status = 403;
    ctx.body = { error: 'forbidden', required: 'project:delete' };
    return;
  }

  await projects.softDelete(project.id, user.id);
  await auditLog.write({ action: 'project.delete', projectId: project.id, actor: user.id, requestId });
  ctx.status = 204;
  ctx.body = null;
});

export {};
