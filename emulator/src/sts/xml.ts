/** The little XML the query protocol needs: elements with text, nested in member order. */
export type XmlValue = string | number | Date | XmlElement | undefined;
export interface XmlElement {
  [name: string]: XmlValue;
}

export const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';

/** Text content only: quotes stay as they are, as in STS's own answers. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

/** STS writes timestamps as ISO 8601 in UTC, to the second. */
function text(value: string | number | Date): string {
  return value instanceof Date ? value.toISOString().replace(/\.\d{3}Z$/, 'Z') : String(value);
}

function elements(element: XmlElement, indent: string): string {
  return Object.entries(element)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) =>
      typeof value === 'object' && !(value instanceof Date)
        ? `${indent}<${name}>\n${elements(value, `${indent}  `)}${indent}</${name}>\n`
        : `${indent}<${name}>${escapeXml(text(value!))}</${name}>\n`,
    )
    .join('');
}

/** `<XResponse><XResult>…</XResult><ResponseMetadata><RequestId>…`, as STS answers a success. */
export function successXml(operation: string, result: XmlElement, requestId: string): string {
  return `<${operation}Response xmlns="${STS_NAMESPACE}">\n${elements(
    { [`${operation}Result`]: result, ResponseMetadata: { RequestId: requestId } },
    '  ',
  )}</${operation}Response>\n`;
}

/** The query protocol's error document; the SDKs read Code and Message from it. */
export function errorXml(
  error: { code: string; message: string; type: string },
  requestId: string,
): string {
  return `<ErrorResponse xmlns="${STS_NAMESPACE}">\n${elements(
    { Error: { Type: error.type, Code: error.code, Message: error.message }, RequestId: requestId },
    '  ',
  )}</ErrorResponse>\n`;
}
