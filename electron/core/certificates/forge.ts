/**
 * The parts of node-forge the engine uses (ASN.1, RSA keys, X.509 building, RC2 for old .p12
 * files), loaded file by file: the package's index loads all of forge (TLS, SSH, ed25519, ...),
 * which costs the CLI about 150 ms more at start on a slow machine.
 */
import forge from 'node-forge/lib/forge.js';
import 'node-forge/lib/asn1.js';
import 'node-forge/lib/rsa.js';
import 'node-forge/lib/x509.js';
import 'node-forge/lib/pki.js';
import 'node-forge/lib/rc2.js';

export default forge;
