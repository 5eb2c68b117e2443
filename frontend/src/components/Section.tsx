import { Heading } from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';

/** A region of a page named by its heading, so screen-reader users can jump between sections. */
export function Section({
  title,
  children,
  className = 'hr-dashboard__section',
}: {
  title: string;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
