import type { ReactNode } from 'react';
import { Icon } from '../../ui/Icon';

/**
 * A warning or a hint in the report, as on the boards: an icon (drawn, so it prints with any
 * font), the words, and for screen readers the kind ("Warning: …") — never colour alone.
 */
export function Notice({ severity, prefix, children }: { severity: 'warning' | 'hint'; prefix: string; children: ReactNode }) {
  return (
    <span className={`report-notice is-${severity}`}>
      <Icon name={severity === 'warning' ? 'warning' : 'info'} size={13} />
      <span className="sr-only">{prefix}</span>
      <span>{children}</span>
    </span>
  );
}
