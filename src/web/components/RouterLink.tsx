import { Link as RRLink, type LinkProps as RRLinkProps, NavLink } from 'react-router';

/** A client-side link that looks like an NL Design System link. */
export function AppLink({ className, ...props }: RRLinkProps) {
  return <RRLink className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} {...props} />;
}

/** A client-side link that looks like a button (secondary action, or primary with `primary`). */
export function AppButtonLink({ className, primary, ...props }: RRLinkProps & { primary?: boolean }) {
  const appearance = primary ? 'utrecht-button-link--primary-action' : 'utrecht-button-link--secondary-action';
  return (
    <RRLink
      className={['utrecht-button-link', 'utrecht-button-link--html-a', appearance, className].filter(Boolean).join(' ')}
      {...props}
    />
  );
}

/** An item of the main navigation; NavLink marks the current page with aria-current="page". */
export function NavItem({ to, children, end }: { to: string; children: React.ReactNode; end?: boolean }) {
  return (
    <li className="utrecht-nav-list__item">
      <NavLink to={to} end={end} className="utrecht-link utrecht-link--html-a utrecht-nav-list__link">
        {children}
      </NavLink>
    </li>
  );
}
