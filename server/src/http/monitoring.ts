// Monitoring over HTTP: the goal systems with their measurable indicators,
// values, statuses, activities' progress and the assignments. The same
// routes serve the coordinator (mounted at /api/networks/:nid/monitoring,
// the whole network) and a workshop (at /api/workshops/:id/monitoring: its
// own goal system and its body's assignments), where the moderation records
// and participants and the screen read. Every change answers the new state.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import {
  ActivityStateBodySchema,
  AssignmentBodySchema,
  AssignmentPatchBodySchema,
  DomainError,
  GoalOverrideBodySchema,
  IndicatorBodySchema,
  IndicatorPatchBodySchema,
  MeasurementBodySchema,
  MonitoringSettingsBodySchema,
  dayMs,
  dayOf,
  goalStatus,
  indicatorStatus,
  isNeglected,
  isOverdue,
  flattenTree,
  goalTree,
  matrixRow,
  listResolutions,
  type GoalMonitoring,
  type MonitoredGoalSystem,
  type NetworkWorkshop,
  type MonitoringResponse,
  type Indicator,
} from '@nws/shared';
import type { AppDeps, Env } from './deps.js';
import { jsonBody } from './middleware/body.js';
import { requireCoordinator } from './middleware/coordinator.js';
import { requireSession } from './middleware/session.js';
import { httpError } from './errors.js';
import { workshopRooms } from './rooms.js';

/** Whose monitoring the caller sees, and whether they may record. */
export interface MonitoringAccess {
  networkId: string;
  /** A workshop's view: only its own goal system and its body's assignments. */
  workshopId: string | null;
  /** That workshop's body (whose workshops' assignments it reviews). */
  bodyId: string | null;
  by: string;
  /** The session to audit under (workshop mounts). */
  sessionId: string | null;
  canEdit: boolean;
}

const coordinatorAccess: MiddlewareHandler<Env> = async (c, next) => {
  await requireCoordinator(c, async () => {
    const { coordinator } = c.var;
    c.set('monitoring', {
      networkId: coordinator.networkId,
      workshopId: null,
      bodyId: null,
      by: coordinator.name,
      sessionId: null,
      canEdit: true,
    });
    await next();
  });
};

const workshopAccess: MiddlewareHandler<Env> = async (c, next) => {
  await requireSession(
    'moderator',
    'participant',
    'screen',
  )(c, async () => {
    const { session, deps } = c.var;
    const body = deps.networks.bodyOf(session.workshopId)!;
    c.set('monitoring', {
      networkId: body.networkId,
      workshopId: session.workshopId,
      bodyId: body.id,
      by: session.name,
      sessionId: session.id,
      canEdit: session.role === 'moderator',
    });
    await next();
  });
};

const requireEdit: MiddlewareHandler<Env> = async (c, next) => {
  if (!c.var.monitoring.canEdit)
    throw httpError(403, 'forbidden', 'Only the moderation records values, statuses and assignments.');
  await next();
};

/** The goal systems the caller sees (in a workshop: its own), each board's goal tree built once. */
function goalSystems(deps: AppDeps, access: MonitoringAccess, workshops: NetworkWorkshop[]): MonitoredGoalSystem[] {
  return workshops
    .filter((w) => access.workshopId === null || w.id === access.workshopId)
    .flatMap((w) => {
      const rows = flattenTree(goalTree(workshopRooms(deps.rooms, w.id).read('board'))).map((g) => ({
        ...matrixRow(g),
        parentId: g.parentId,
        createdAt: g.createdAt,
      }));
      return rows.length ? [{ workshopId: w.id, workshopName: w.name, rows }] : [];
    });
}

const statusOf = (i: Omit<Indicator, 'status'>, today: number) =>
  indicatorStatus(
    {
      kind: i.kind,
      baseline: i.baseline ? { value: i.baseline.value, date: dayMs(i.baseline.date) } : null,
      target: i.target ? { value: i.target.value, due: dayMs(i.target.due) } : null,
    },
    i.values.map((v) => ({ date: dayMs(v.date), value: v.value, assessment: v.assessment })),
    today,
  );

/** The whole monitoring state the caller may see, with every status derived for today. */
export function monitoringState(
  deps: AppDeps,
  access: MonitoringAccess,
  read: { workshops: NetworkWorkshop[]; systems: MonitoredGoalSystem[] },
  now = Date.now(),
): MonitoringResponse {
  const store = deps.monitoring;
  const today = dayOf(now);
  const todayMs = dayMs(today);
  const { workshops, systems } = read;
  const rows = new Map(systems.flatMap((s) => s.rows.map((r) => [r.goalId, r] as const)));
  const indicators = store
    .indicators(access.networkId)
    .filter((i) => rows.has(i.goalId))
    .map((i) => ({ ...i, status: statusOf(i, todayMs) }));
  const states = new Map(store.goalStates(access.networkId).map((s) => [s.goal_id, s]));
  const neglectDays = store.neglectDays(access.networkId);
  const activityOf = (id: string): GoalMonitoring['activity'] => {
    const s = states.get(id);
    return {
      status: s?.activity_status ?? 'open',
      organisation: s?.organisation || rows.get(id)?.actors[0] || '',
      due: s?.due ?? null,
      changedAt: s?.changed_at ?? null,
    };
  };
  const children = new Map<string, string[]>();
  for (const r of rows.values())
    if (r.parentId) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r.goalId]);
  const descendants = (id: string): string[] => (children.get(id) ?? []).flatMap((k) => [k, ...descendants(k)]);
  const goals: GoalMonitoring[] = [...rows.values()].map((r) => {
    const s = states.get(r.goalId);
    const own = indicators.filter((i) => i.goalId === r.goalId);
    const override = s?.override_status
      ? { status: s.override_status, reason: s.override_reason ?? '', by: s.override_by ?? '', at: s.override_at ?? 0 }
      : null;
    const derived = goalStatus(own.map((i) => i.status));
    const under = new Set(r.level === 'activity' ? [] : descendants(r.goalId));
    const activities = [...under].filter((id) => rows.get(id)?.level === 'activity').map((id) => activityOf(id)!);
    const measuredAt = indicators
      .filter((i) => i.goalId === r.goalId || under.has(i.goalId))
      .flatMap((i) => i.values.map((v) => dayMs(v.date)));
    return {
      goalId: r.goalId,
      derived,
      status: goalStatus(
        own.map((i) => i.status),
        override,
      ),
      override,
      activity: r.level === 'activity' ? activityOf(r.goalId) : null,
      neglected:
        (r.level === 'framework' || r.level === 'result') &&
        isNeglected({ createdAt: r.createdAt, activities, measuredAt }, now, neglectDays),
    };
  });
  // A workshop sees the assignments of its body's workshops (the review at the start of the next one) and on its goals.
  const bodyWorkshops =
    access.workshopId === null ? null : new Set(workshops.filter((w) => w.bodyId === access.bodyId).map((w) => w.id));
  const assignments = store
    .assignments(access.networkId)
    .filter(
      (a) =>
        bodyWorkshops === null ||
        (a.source !== null && bodyWorkshops.has(a.source.workshopId)) ||
        (a.goalId !== null && rows.has(a.goalId)),
    )
    .map((a) => ({ ...a, overdue: isOverdue({ due: a.due ? dayMs(a.due) : null, status: a.status }, now) }));
  return { today, neglectDays, canEdit: access.canEdit, goalSystems: systems, goals, indicators, assignments };
}

/** What a request reads of the network once (a change of monitoring never changes the boards). */
const reads = new WeakMap<Context<Env>, { workshops: NetworkWorkshop[]; systems: MonitoredGoalSystem[] }>();
function readOnce(c: Context<Env>) {
  let read = reads.get(c);
  if (!read) {
    const { deps, monitoring } = c.var;
    const workshops = deps.networks.workshopsOf(monitoring.networkId);
    read = { workshops, systems: goalSystems(deps, monitoring, workshops) };
    reads.set(c, read);
  }
  return read;
}
const stateOf = (c: Context<Env>) => monitoringState(c.var.deps, c.var.monitoring, readOnce(c));

function monitoringRoutes(access: MiddlewareHandler<Env>) {
  const state = (c: Context<Env>) => c.json<MonitoringResponse>(stateOf(c));
  /** A goal the caller sees (in a workshop: of its own goal system). */
  const requireGoal = (c: Context<Env>, goalId: string) => {
    const row = readOnce(c)
      .systems.flatMap((s) => s.rows)
      .find((r) => r.goalId === goalId);
    if (!row) throw new DomainError('not_found', 'No such goal here.');
    return row;
  };
  const audit = (c: Context<Env>, action: string, detail: Record<string, unknown>) => {
    const { monitoring, deps } = c.var;
    if (monitoring.workshopId && monitoring.sessionId)
      deps.audit.record(monitoring.workshopId, monitoring.sessionId, `monitoring.${action}`, detail);
  };
  return new Hono<Env>()
    .use('*', access)
    .get('/', state)
    .post('/indicators', requireEdit, jsonBody(IndicatorBodySchema), (c) => {
      const body = c.req.valid('json');
      requireGoal(c, body.goalId);
      const id = c.var.deps.monitoring.addIndicator(c.var.monitoring.networkId, body, Date.now());
      audit(c, 'indicator.add', { indicator: id, goal: body.goalId });
      return c.json<MonitoringResponse, 201>(stateOf(c), 201);
    })
    .patch('/indicators/:iid', requireEdit, jsonBody(IndicatorPatchBodySchema), (c) => {
      c.var.deps.monitoring.patchIndicator(c.var.monitoring.networkId, c.req.param('iid'), c.req.valid('json'));
      return state(c);
    })
    .delete('/indicators/:iid', requireEdit, (c) => {
      c.var.deps.monitoring.removeIndicator(c.var.monitoring.networkId, c.req.param('iid'));
      audit(c, 'indicator.remove', { indicator: c.req.param('iid') });
      return state(c);
    })
    .post('/indicators/:iid/values', requireEdit, jsonBody(MeasurementBodySchema), (c) => {
      const { monitoring, deps } = c.var;
      deps.monitoring.addValue(
        monitoring.networkId,
        c.req.param('iid'),
        c.req.valid('json'),
        monitoring.by,
        Date.now(),
      );
      audit(c, 'value.add', { indicator: c.req.param('iid') });
      return c.json<MonitoringResponse, 201>(stateOf(c), 201);
    })
    .delete('/indicators/:iid/values/:vid', requireEdit, (c) => {
      c.var.deps.monitoring.removeValue(c.var.monitoring.networkId, c.req.param('iid'), c.req.param('vid'));
      audit(c, 'value.remove', { indicator: c.req.param('iid') });
      return state(c);
    })
    .put('/goals/:gid/override', requireEdit, jsonBody(GoalOverrideBodySchema), (c) => {
      const { status, reason } = c.req.valid('json');
      const { monitoring, deps } = c.var;
      requireGoal(c, c.req.param('gid'));
      deps.monitoring.setOverride(monitoring.networkId, c.req.param('gid'), status, reason, monitoring.by, Date.now());
      audit(c, 'goal.override', { goal: c.req.param('gid'), status });
      return state(c);
    })
    .patch('/goals/:gid/activity', requireEdit, jsonBody(ActivityStateBodySchema), (c) => {
      const goal = requireGoal(c, c.req.param('gid'));
      if (goal.level !== 'activity') throw new DomainError('invalid', 'Only activities have a status of their own.');
      c.var.deps.monitoring.setActivity(c.var.monitoring.networkId, goal.goalId, c.req.valid('json'), Date.now());
      audit(c, 'activity.update', { goal: goal.goalId });
      return state(c);
    })
    .post('/assignments', requireEdit, jsonBody(AssignmentBodySchema), (c) => {
      const body = c.req.valid('json');
      const { monitoring, deps } = c.var;
      let sourceText = '';
      if (body.source) {
        const { workshopId } = body.source;
        const allowed = monitoring.workshopId
          ? workshopId === monitoring.workshopId
          : deps.networks.hasWorkshop(monitoring.networkId, workshopId);
        if (!allowed) throw new DomainError('unknown_workshop', 'No such workshop here.');
        if (body.source.kind === 'resolution') {
          const resolutionId = body.source.resolutionId;
          const found = listResolutions(workshopRooms(deps.rooms, workshopId).read('control')).find(
            (r) => r.id === resolutionId,
          );
          if (!found) throw new DomainError('unknown_resolution', 'No such resolution in this workshop.');
          sourceText = found.text;
        }
        if (body.person && !deps.workshops.people(workshopId).some((p) => !p.removed && p.name.trim() === body.person))
          throw new DomainError('unknown_person', 'That person did not take part in this workshop.');
      } else if (body.person)
        throw new DomainError('unknown_person', 'A named person needs the workshop it came from.');
      if (body.goalId) requireGoal(c, body.goalId);
      const id = deps.monitoring.addAssignment(monitoring.networkId, body, sourceText, monitoring.by, Date.now());
      audit(c, 'assignment.add', { assignment: id });
      return c.json<MonitoringResponse, 201>(stateOf(c), 201);
    })
    .patch('/assignments/:aid', requireEdit, jsonBody(AssignmentPatchBodySchema), (c) => {
      const patch = c.req.valid('json');
      if (patch.goalId) requireGoal(c, patch.goalId);
      c.var.deps.monitoring.patchAssignment(c.var.monitoring.networkId, c.req.param('aid'), patch, Date.now());
      audit(c, 'assignment.update', { assignment: c.req.param('aid'), status: patch.status });
      return state(c);
    })
    .delete('/assignments/:aid', requireEdit, (c) => {
      c.var.deps.monitoring.removeAssignment(c.var.monitoring.networkId, c.req.param('aid'));
      audit(c, 'assignment.remove', { assignment: c.req.param('aid') });
      return state(c);
    })
    .put('/settings', requireEdit, jsonBody(MonitoringSettingsBodySchema), (c) => {
      c.var.deps.monitoring.setNeglectDays(c.var.monitoring.networkId, c.req.valid('json').neglectDays);
      return state(c);
    });
}

/** Mounted at /api/networks/:nid/monitoring. */
export const networkMonitoringRoutes = monitoringRoutes(coordinatorAccess);
/** Mounted at /api/workshops/:id/monitoring. */
export const workshopMonitoringRoutes = monitoringRoutes(workshopAccess);
