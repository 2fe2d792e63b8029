/** Each certificate file with one plain line on what it is for ("upload this one", "keep this one secret"). */
import type { StoredCertificate } from '../../shared/settings-schema.js';
import { baseName, fileRole } from '../logic/certificate-files.js';
import { text } from '../../shared/i18n/text.js';

export function CertificateFileList({ certificate }: { readonly certificate: StoredCertificate }) {
  return (
    <ul className="file-roles">
      {certificate.files.map((file) => {
        const role = fileRole(file);
        return (
          <li key={file} className={role === 'certificate' ? 'upload-file' : undefined}>
            <code>{baseName(file)}</code> <span>{text.ui.certificate.fileRoles[role]}</span>
          </li>
        );
      })}
    </ul>
  );
}
