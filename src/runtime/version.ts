/** Sent in the user agent; a unit test keeps it equal to package.json's version. */
export const ACTION_NAME = 'incident-timeline-action';
export const ACTION_VERSION = '1.0.0';
