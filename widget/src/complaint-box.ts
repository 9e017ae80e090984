// The bundle entry: `<script type="module" src=".../widget/complaint-box.js">` defines <complaint-box>.
import './define.js';

export { ComplaintBox } from './complaint-box/complaint-box.component.js';
export type {
  ComplaintErrorDetail,
  ComplaintEventMap,
  ComplaintSubmittedDetail,
  ComplaintView,
  ComplaintViewChangeDetail,
} from './events.js';
