/** The certificate engine: make a client certificate, check existing files, load a credential for a login. */
export { generateCertificate, type GenerateOptions } from './generate-certificate.js';
export { inspectCertificateFiles } from './inspect-files.js';
export { loadClientCredential, type ClientCredential } from './client-credential.js';
export { summarizeCertificatePem } from './certificate-summary.js';
export { p12FromPem } from './p12-from-pem.js';
