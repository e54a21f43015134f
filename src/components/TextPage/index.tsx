import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';

/** A page of running text outside the docs (accessibility statement, privacy): the reading column and its heading. */
export default function TextPage({
  title,
  heading = title,
  description,
  children,
}: {
  title: string;
  heading?: string;
  description: string;
  children: React.ReactNode;
}): React.ReactElement {
  return (
    <Layout title={title} description={description}>
      <main className="container container--fluid margin-vert--lg">
        <div className="row">
          <div className="col col--8 col--offset-2 markdown">
            <Heading as="h1">{heading}</Heading>
            {children}
          </div>
        </div>
      </main>
    </Layout>
  );
}
