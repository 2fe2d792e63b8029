/**
 * Step 2: one thing at a time. With a certificate set it shows "Certificate ready"; otherwise the
 * user makes a new one, or (on request) checks files they already have. Each switch moves the focus
 * to the heading of what replaced the pressed button.
 */
import { useState } from 'react';
import { hasOwnerOnlyFileModes } from '../../shared/file-modes.js';
import { RevealedHeading } from '../components/revealed-heading.js';
import { useWizard } from '../wizard-context.js';
import { CertificateReady } from './certificate-ready.js';
import { CreateCertificate } from './create-certificate.js';
import { UseExistingCertificate } from './use-existing-certificate.js';
import { text } from '../../shared/i18n/text.js';

type Mode = 'ready' | 'create' | 'existing';

export function CertificateStep() {
  const ctx = useWizard();
  const certificate = ctx.settings.certificate;
  // Said once, after "Create certificate": who can read the new key files on this OS (Windows has no owner-only modes).
  const keyFilesNote = hasOwnerOnlyFileModes(ctx.info.platform)
    ? text.ui.certificate.keyFilesOwnerOnly
    : text.ui.certificate.keyFilesNoModes;
  const [mode, setMode] = useState<Mode>(certificate ? 'ready' : 'create');
  const [reveal, setReveal] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  function show(next: Mode, extra: string | null = null): void {
    setMode(next);
    setNote(extra);
    setReveal(true);
  }

  if (mode === 'ready' && certificate) {
    return (
      <CertificateReady
        certificate={certificate}
        reveal={reveal}
        note={note}
        onMakeNew={() => show('create')}
        onUseOther={() => show('existing')}
      />
    );
  }

  if (mode === 'existing') {
    return (
      <section className="card" aria-labelledby="existing-cert">
        <RevealedHeading level={2} id="existing-cert" reveal={reveal}>
          {text.ui.certificate.existingHeading}
        </RevealedHeading>
        <UseExistingCertificate onUsable={() => show('ready')} />
        <button type="button" onClick={() => show('create')}>
          {text.ui.certificate.makeNew}
        </button>
      </section>
    );
  }

  return (
    <>
      <p>{text.ui.certificate.intro}</p>
      <section className="card" aria-labelledby="create-cert">
        <RevealedHeading level={2} id="create-cert" reveal={reveal}>
          {text.ui.certificate.createHeading}
        </RevealedHeading>
        <CreateCertificate
          onCreated={(backupDir) =>
            show(
              'ready',
              [keyFilesNote, backupDir ? text.ui.certificate.backupMoved(backupDir) : ''].filter(Boolean).join(' '),
            )
          }
        />
      </section>
      <p>
        <button type="button" onClick={() => show('existing')}>
          {text.ui.certificate.useExisting}
        </button>
      </p>
    </>
  );
}
