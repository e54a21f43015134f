import React from 'react';
import Link from '@docusaurus/Link';
import {formatFileSize} from '@site/src/lib/format';
import {scormPackagePath} from '@site/src/lib/scorm/packageLayout';
import {LEARNING_PLATFORM_GUIDE_ROUTE} from '@site/src/data/routes';
import {useScormPackage} from '@site/src/hooks/useScormPackage';
import FileDownload from '@site/src/components/FileDownload';

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
      <FileDownload path={scormPackagePath(courseId)} button="secondary">
        Last ned for læringsplattform (SCORM 1.2){found ? ` (${formatFileSize(found.bytes)})` : ''}
      </FileDownload>
      {guide && (
        <>
          {' '}
          <Link to={LEARNING_PLATFORM_GUIDE_ROUTE}>Slik legger dere kurset inn i KS Læring eller Moodle</Link>
        </>
      )}
    </p>
  );
}
