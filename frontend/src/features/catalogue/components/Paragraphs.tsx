import { Link, Paragraph } from '@utrecht/component-library-react';
import { paragraphsOf } from '@/lib/catalogue';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)])/;

/** A paragraph's text with its web addresses as links; the rest stays text. */
function Linked({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, index) =>
        index % 2 === 1 ? (
          <Link key={index} href={part} external>
            {part}
          </Link>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** Plain text as paragraphs (a blank line starts a new one); single line breaks are kept. */
export function Paragraphs({ text, lead = false }: { text: string | null | undefined; lead?: boolean }) {
  return (
    <>
      {paragraphsOf(text).map((paragraph, index) => (
        <Paragraph key={index} appearance={lead && index === 0 ? 'lead' : undefined} className="hr-prose">
          <Linked text={paragraph} />
        </Paragraph>
      ))}
    </>
  );
}
