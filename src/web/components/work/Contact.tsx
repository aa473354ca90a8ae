import { Link } from '@utrecht/component-library-react';
import { telHref } from './labels';

/** An e-mail address and a phone number as links that open mail and dial (the phone is left out when unknown). */
export function ContactLinks({ email, phone }: { email?: string | null; phone?: string | null }) {
  return (
    <span className="dichtbij-contact-links">
      {email && <Link href={`mailto:${email}`}>{email}</Link>}
      {phone && <Link href={telHref(phone)}>{phone}</Link>}
    </span>
  );
}
