// Registers the console's reports views; a page that loads the bundle twice keeps the first registration.
import { CbAssetManager } from './cb-asset-manager/cb-asset-manager.component.js';
import { CbReportsView } from './cb-reports-view/cb-reports-view.component.js';

function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}

define('cb-asset-manager', CbAssetManager);
define('cb-reports-view', CbReportsView);

export { CbAssetManager, CbReportsView };

declare global {
  interface HTMLElementTagNameMap {
    'cb-reports-view': CbReportsView;
    'cb-asset-manager': CbAssetManager;
  }
}
