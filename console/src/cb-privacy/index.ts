// The console's privacy view: registers <cb-privacy-view> once, even if the script loads twice.
import { CbPrivacyView } from './cb-privacy-view.component.js';

if (!customElements.get('cb-privacy-view')) customElements.define('cb-privacy-view', CbPrivacyView);

export { CbPrivacyView };

declare global {
  interface HTMLElementTagNameMap {
    'cb-privacy-view': CbPrivacyView;
  }
}
