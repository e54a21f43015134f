import React, {useId, type ReactNode} from 'react';
import styles from './styles.module.css';

type Props = {children: ReactNode};

/**
 * Marks the part of a template that explains it (why, what the survey found, examples) rather than the text
 * a council adopts. The Word download leaves it out (src/lib/templateDocx.ts), so the box says so.
 */
export default function Guidance({children}: Props): React.ReactElement {
  const labelId = useId();
  return (
    <aside className={styles.guidance} aria-labelledby={labelId}>
      <p className={styles.label} id={labelId}>
        <span className={styles.name}>Veiledning</span> <span>– ikke en del av teksten som vedtas</span>
      </p>
      {children}
    </aside>
  );
}
