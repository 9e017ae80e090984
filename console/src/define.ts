// Registers the console's elements; loading the script twice keeps the first registration.
import { CbAccount } from './cb-account/cb-account.component.js';
import { CbAdminOrganisation } from './cb-admin/cb-admin-organisation.component.js';
import { CbAdminLine } from './cb-admin/cb-admin-line.component.js';
import { CbAdminSettings } from './cb-admin/cb-admin-settings.component.js';
import { CbAdminUsers } from './cb-admin/cb-admin-users.component.js';
import { CbAdmin } from './cb-admin/cb-admin.component.js';
import { CbAuditLog } from './cb-audit-log/cb-audit-log.component.js';
import { CbCaseEntry } from './cb-case-entry/cb-case-entry.component.js';
import { CbCaseDetail } from './cb-cases/cb-case-detail.component.js';
import { CbCases } from './cb-cases/cb-cases.component.js';
import { CbLogin } from './cb-login/cb-login.component.js';
import { CbPostReview } from './cb-post-review/cb-post-review.component.js';
import { CbQueue } from './cb-queue/cb-queue.component.js';
import { ComplaintConsole } from './complaint-console/complaint-console.component.js';

export function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}

// Children first, so the shell upgrades with every view ready.
define('cb-login', CbLogin);
define('cb-post-review', CbPostReview);
define('cb-queue', CbQueue);
define('cb-case-detail', CbCaseDetail);
define('cb-cases', CbCases);
define('cb-case-entry', CbCaseEntry);
define('cb-audit-log', CbAuditLog);
define('cb-admin-users', CbAdminUsers);
define('cb-admin-organisation', CbAdminOrganisation);
define('cb-admin-settings', CbAdminSettings);
define('cb-admin-line', CbAdminLine);
define('cb-admin', CbAdmin);
define('cb-account', CbAccount);
define('complaint-console', ComplaintConsole);

declare global {
  interface HTMLElementTagNameMap {
    'complaint-console': ComplaintConsole;
    'cb-queue': CbQueue;
    'cb-post-review': CbPostReview;
  }
}
