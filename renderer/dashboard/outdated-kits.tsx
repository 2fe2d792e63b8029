/** "Set up my bot": the kits made for a certificate that is no longer the current one (after a renewal), marked. */
import { text } from '../../shared/i18n/text.js';
import { outdatedKits } from '../../shared/renewal.js';
import { useWizard } from '../wizard-context.js';

function folderName(dir: string): string {
  return dir.split(/[\\/]/).pop() ?? dir;
}

export function OutdatedKits() {
  const { settings } = useWizard();
  const kits = outdatedKits(settings);
  if (kits.length === 0) return null;
  return (
    <ul className="panel panel-warning outdated-kits">
      {kits.map((kit) => (
        <li key={kit.dir} data-kit={folderName(kit.dir)}>
          {text.RENEWAL_TEXT.kitOutdated(folderName(kit.dir))}
        </li>
      ))}
    </ul>
  );
}
