// What workflow use cases depend on: the usual deps, plus the configuration when the caller has it (notification targets, links).
import type { Config } from '../../config.js';
import type { UseCaseDeps } from '../deps.js';

export type WorkflowDeps = UseCaseDeps & { config?: Config };

export function consoleUrl(deps: WorkflowDeps): string | null {
  return deps.config?.publicUrl ? `${deps.config.publicUrl.replace(/\/$/, '')}/console` : null;
}

export function globalWebhookEnabled(deps: WorkflowDeps): boolean {
  return Boolean(deps.config?.notify.webhookUrl);
}
