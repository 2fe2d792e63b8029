/** "What is an application key?": opens Betfair's developer page in the default browser. */
import { ui } from '../../shared/i18n/en/ui.js';
import { DEVELOPER_PAGE_URL } from '../logic/developer-page.js';
import { ExternalLinkButton } from './external-link-button.js';

export function AppKeyHelp() {
  return <ExternalLinkButton look="link" action={{ label: ui.appKeys.whatIsIt, url: DEVELOPER_PAGE_URL }} />;
}
