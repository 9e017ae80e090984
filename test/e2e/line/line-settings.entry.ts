// Test entry: <cb-admin-line> alone, with the console's API client and translations, for the end-to-end test.
import { ConsoleApi } from '../../../console/src/api/console-api.js';
import { CbAdminLine } from '../../../console/src/cb-admin/cb-admin-line.component.js';
import { consoleTranslation } from '../../../console/src/i18n/index.js';

if (!customElements.get('cb-admin-line')) customElements.define('cb-admin-line', CbAdminLine);

/** Called by the page once the session's CSRF token is known. */
(window as unknown as { mountLine: (lang: 'th' | 'en', csrf: string) => void }).mountLine = (lang, csrf) => {
  const api = new ConsoleApi();
  api.csrfToken = csrf;
  const element = document.createElement('cb-admin-line');
  Object.assign(element, { api, t: consoleTranslation(lang), site: 'demo' });
  document.body.append(element);
};
