/** Test helper: the `openssl pkcs12 -export` options for a legacy .pfx/.p12 (3DES, SHA-1 MAC), as older tools make. */
export const LEGACY_PKCS12_OPTIONS = [
  '-certpbe',
  'PBE-SHA1-3DES',
  '-keypbe',
  'PBE-SHA1-3DES',
  '-macalg',
  'sha1',
] as const;
