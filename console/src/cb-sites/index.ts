// The console's sites screen: registers <cb-sites-view> once, even if the script loads twice.
import { CbSitesView } from './cb-sites-view.component.js';

if (!customElements.get('cb-sites-view')) customElements.define('cb-sites-view', CbSitesView);

export { CbSitesView };

declare global {
  interface HTMLElementTagNameMap {
    'cb-sites-view': CbSitesView;
  }
}
