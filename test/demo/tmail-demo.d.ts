/** The demo page entry `tmail-demo.js` has no exports; it runs on import (in the browser or under happy-dom). */
export {};
