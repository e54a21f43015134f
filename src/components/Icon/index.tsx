import React from 'react';
import clsx from 'clsx';
import {BookOpen, CircleAlert, FileDown, FileText, GraduationCap, Workflow, type LucideIcon} from 'lucide-react';
import styles from './styles.module.css';

/**
 * The site's icons, by what they stand for, so the same thing always has the
 * same picture. Lucide's SVGs are imported one by one (the rest of the library
 * is left out of the bundle). Icons are decorative: the text beside them says
 * it all, so they are hidden from screen readers.
 */
const ICONS = {
  guide: BookOpen,
  course: GraduationCap,
  template: FileText,
  process: Workflow,
  download: FileDown,
  notice: CircleAlert,
} satisfies Record<string, LucideIcon>;

export type IconName = keyof typeof ICONS;

export default function Icon({name, className}: {name: IconName; className?: string}): React.ReactElement {
  const Svg = ICONS[name];
  return <Svg aria-hidden="true" focusable="false" className={clsx(styles.icon, className)} />;
}
