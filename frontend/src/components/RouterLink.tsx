import { forwardRef } from 'react';
import { Link, type LinkProps } from 'react-router';

/** A client-side link that looks like the NL Design System link. */
export const RouterLink = forwardRef<HTMLAnchorElement, LinkProps>(function RouterLink({ className, ...props }, ref) {
  return (
    <Link
      ref={ref}
      className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')}
      {...props}
    />
  );
});
