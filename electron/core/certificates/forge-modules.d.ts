/** Types for the node-forge files loaded one by one (see forge.ts); they are the package's own types. */
declare module 'node-forge/lib/forge.js' {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- how a .d.ts re-exports an `export =` module
  import forge = require('node-forge');
  export default forge;
}
declare module 'node-forge/lib/asn1.js';
declare module 'node-forge/lib/x509.js';
declare module 'node-forge/lib/rc2.js';
