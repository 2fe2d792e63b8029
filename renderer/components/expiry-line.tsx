/** "Expires on <date> (<n> days)", with a warning under 30 days and once expired. */
import { intlLocale } from '../../shared/i18n/text.js';
import { ui } from '../../shared/i18n/en/ui.js';
import { formatDate } from '../logic/dates.js';
import { expiryInfo } from '../logic/expiry.js';

interface Props {
  readonly notAfter: string;
}

export function ExpiryLine({ notAfter }: Props) {
  const { daysLeft, level } = expiryInfo(notAfter, Date.now());
  const date = formatDate(notAfter, intlLocale());
  return (
    <>
      <span>{level === 'expired' ? ui.expiry.expiredOn(date, -daysLeft) : ui.expiry.expiresOn(date, daysLeft)}</span>
      {level === 'soon' ? (
        <span role="status" className="panel panel-warning block">
          {ui.expiry.soonWarning(daysLeft)}
        </span>
      ) : null}
      {level === 'expired' ? (
        <span role="alert" className="panel panel-error block">
          {ui.expiry.expiredWarning}
        </span>
      ) : null}
    </>
  );
}
