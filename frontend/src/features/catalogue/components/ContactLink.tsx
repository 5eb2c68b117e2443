import { Link } from '@utrecht/component-library-react';

/** A contact as given: an e-mail address becomes a mailto link, a web address a link, anything else text. */
export function ContactLink({ contact }: { contact: string }) {
  const value = contact.trim();
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return <Link href={`mailto:${value}`}>{value}</Link>;
  if (/^https?:\/\//.test(value))
    return (
      <Link href={value} external>
        {value}
      </Link>
    );
  return <>{value}</>;
}
