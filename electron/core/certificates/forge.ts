/**
 * The parts of node-forge the engine uses (ASN.1 and X.509 building, which brings RSA public keys),
 * loaded file by file: the package's index loads all of forge (TLS, SSH, PKCS#12, ed25519, ...),
 * which costs the CLI about 150 ms more at start on a slow machine. RC2, only for old .p12 files,
 * is loaded by p12-decrypt.ts, so `bot-login generate` never loads it.
 */
import forge from 'node-forge/lib/forge.js';
import 'node-forge/lib/asn1.js';
import 'node-forge/lib/x509.js';

export default forge;
