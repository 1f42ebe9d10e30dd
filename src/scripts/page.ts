// The one script every page loads: each part acts only where its element is on the page.
// Code that waits for the reader (search, marking searched words) loads on demand.
import './drawer.ts';
import './theme-toggle.ts';
import './language-memory.ts';
import './search-launcher.ts';
import './lesson-body.ts';
import './page-trail.ts';
import './pager-keys.ts';
import './offline-worker.ts';
