// Who receives a kind of notification: coordinators' email and LINE, the channels an admin set, the global webhook, the citizen. Pure.
import type { Coordinator } from '../domain/site.js';
import { AUDIENCE, LINE_COORDINATOR_KINDS, type MessageKind } from './message-kinds.js';

export interface Recipient {
  channel: 'email' | 'webhook' | 'line';
  /** An email address or LINE id, 'citizen' (looked up at delivery), 'global' (WEBHOOK_URL) or 'channel:<id>'. */
  recipient: string;
  /** Safe to show and log. */
  label: string;
}

export interface ChannelSetting {
  id: number;
  departmentId: number | null;
  channel: string;
  target: string;
  kinds: string[];
  active: boolean;
}

export interface RecipientContext {
  department: { id: number; code: string; mainCoordinator: Coordinator | null; urgentCoordinator: Coordinator | null } | null;
  channels: readonly ChannelSetting[];
  globalWebhook: boolean;
  /** The citizen left an email address and asked to hear. */
  citizenEmail: boolean;
  /** The site's LINE channel is on: coordinators with a LINE id get urgent cases and reminders there. */
  lineCoordinators?: boolean;
  /** The citizen filed on LINE and agreed to hear there. */
  citizenLine?: boolean;
}

function fromChannel(c: ChannelSetting, label: string): Recipient {
  return c.channel === 'webhook'
    ? { channel: 'webhook', recipient: `channel:${c.id}`, label }
    : { channel: 'email', recipient: c.target, label };
}

export function recipientsFor(kind: MessageKind, ctx: RecipientContext): Recipient[] {
  const audience = AUDIENCE[kind];
  const wants = (c: ChannelSetting) => c.active && (c.kinds.length === 0 || c.kinds.includes(kind));
  const dept = ctx.department;
  const list: Recipient[] = [];
  if (audience === 'citizen') {
    if (ctx.citizenEmail) list.push({ channel: 'email', recipient: 'citizen', label: 'citizen' });
    if (ctx.citizenLine) list.push({ channel: 'line', recipient: 'citizen', label: 'citizen: LINE' });
    return list;
  }
  if (dept && (audience === 'department' || audience === 'urgent_coordinator')) {
    const coordinator =
      audience === 'urgent_coordinator'
        ? dept.urgentCoordinator?.email
          ? dept.urgentCoordinator
          : dept.mainCoordinator
        : dept.mainCoordinator;
    const role =
      audience === 'urgent_coordinator' && coordinator === dept.urgentCoordinator ? 'urgent coordinator' : 'main coordinator';
    if (coordinator?.email) list.push({ channel: 'email', recipient: coordinator.email, label: `${dept.code}: ${role}` });
    if (ctx.lineCoordinators && LINE_COORDINATOR_KINDS.includes(kind)) {
      const urgentLine = audience === 'urgent_coordinator' ? dept.urgentCoordinator?.lineId : undefined;
      const lineId = urgentLine ?? dept.mainCoordinator?.lineId;
      const lineRole = urgentLine ? 'urgent coordinator' : 'main coordinator';
      if (lineId) list.push({ channel: 'line', recipient: lineId, label: `${dept.code}: ${lineRole} (LINE)` });
    }
    for (const c of ctx.channels.filter((c) => c.departmentId === dept.id && wants(c)))
      list.push(fromChannel(c, `${dept.code}: ${c.channel} #${c.id}`));
  }
  if (audience === 'centre' || audience === 'urgent_coordinator') {
    for (const c of ctx.channels.filter((c) => c.departmentId === null && wants(c)))
      list.push(fromChannel(c, `centre: ${c.channel} #${c.id}`));
  }
  if (ctx.globalWebhook) list.push({ channel: 'webhook', recipient: 'global', label: 'WEBHOOK_URL' });
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = `${r.channel}:${r.recipient.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
