// The console bundle entry: `/console` loads this; it defines <complaint-console> and the other teams' views.
import './workflow/index.js';
import './reports/index.js';
import './cb-privacy/index.js';
import './cb-sites/index.js';
import './define.js';

export { ComplaintConsole } from './complaint-console/complaint-console.component.js';
