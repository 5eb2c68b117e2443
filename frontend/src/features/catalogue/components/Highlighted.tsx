import { Mark } from '@utrecht/component-library-react';
import { snippetParts } from '@/lib/catalogue';

/**
 * A search snippet with its matches (between ⟦ and ⟧) marked. Built from React text nodes only, so
 * whatever the text holds — `<script>` included — is shown as text.
 */
export function Highlighted({ snippet }: { snippet: string }) {
  return (
    <>
      {snippetParts(snippet).map((part, index) =>
        part.match ? <Mark key={index}>{part.text}</Mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
