/**
 * A new RSA key pair. forge's callback form hands the work to Node's native crypto.generateKeyPair
 * (a worker thread), so the event loop stays free; we keep the PEM for native signing and file output.
 */
import forge from './forge.js';

export const RSA_BITS = 2048;

export interface RsaKeyPair {
  readonly forgeKeys: forge.pki.rsa.KeyPair;
  /** PKCS#8 PEM, unencrypted. Stays in the main process. */
  readonly privateKeyPem: string;
}

export function generateRsaKeyPair(bits: number = RSA_BITS): Promise<RsaKeyPair> {
  return new Promise((resolvePromise, rejectPromise) => {
    forge.pki.rsa.generateKeyPair({ bits, e: 0x10001 }, (error, keys) => {
      if (error) {
        rejectPromise(error);
        return;
      }
      const pem = forge.pki.privateKeyInfoToPem(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keys.privateKey)));
      // forge writes CRLF line ends; the files use plain LF like OpenSSL's.
      const privateKeyPem = pem.replace(/\r\n/g, '\n');
      resolvePromise({ forgeKeys: keys, privateKeyPem });
    });
  });
}
