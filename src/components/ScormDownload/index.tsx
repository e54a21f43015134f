import React from 'react';
import Link from '@docusaurus/Link';
import {formatFileSize} from '@site/src/lib/format';
import {scormPackagePath} from '@site/src/lib/scorm/packageLayout';
import {LEARNING_PLATFORM_GUIDE_ROUTE} from '@site/src/data/routes';
import {useScormPackage} from '@site/src/hooks/useScormPackage';
import Icon from '@site/src/components/Icon';

/** A course's SCORM 1.2 package for the learning platform, with its size once known, and the guide to using it. */
export default function ScormDownload({
  courseId,
  guide = true,
}: {
  courseId: string;
  guide?: boolean;
}): React.ReactElement {
  const found = useScormPackage(courseId);
  return (
    <p>
      {/* pathname:// keeps the router away from a file while Link still adds the base URL; _self undoes Link's new tab for it. */}
      <Link
        className="button button--secondary"
        href={`pathname://${scormPackagePath(courseId)}`}
        target="_self"
        download
      >
        <Icon name="download" /> Last ned for læringsplattform (SCORM 1.2)
        {found ? ` (${formatFileSize(found.bytes)})` : ''}
      </Link>
      {guide && (
        <>
          {' '}
          <Link to={LEARNING_PLATFORM_GUIDE_ROUTE}>Slik legger dere kurset inn i KS Læring eller Moodle</Link>
        </>
      )}
    </p>
  );
}
