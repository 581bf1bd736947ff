import { deploymentStatusWord, FINAL_DEPLOYMENT_STATES } from '../read/facts.js';
import type { Encoding, Inputs } from '../read/inputs.js';
import { escapeRegExp, templatePattern } from '../parse/template.js';
import { headlineOf } from './render.js';

/** The status words of the states a deployment ends in (`succeeded`, `failed`). */
export const FINAL_STATUS_WORDS: readonly string[] = [
  ...new Set([...FINAL_DEPLOYMENT_STATES].map(deploymentStatusWord)),
];

/**
 * Whether an event's text shows a final state of the deployment, read from the text alone (the
 * service keeps no state of its own for it). The text is matched against the template this run
 * renders: `event-data`, where `{status}` must be a final status word and every other
 * placeholder may be any text (another state's run has its own run URL, actor and duration); or
 * the default message, whose headline names the status. A template without `{status}` cannot
 * tell: `canTell` is false, and every later state updates the event.
 */
export interface FinalityMatcher {
  canTell: boolean;
  /** `eventData` as the service holds it, in the run's encoding. */
  showsFinal(eventData: string): boolean;
}

/** The text of `eventData` as written in `encoding`, or undefined when it is not in that form. */
function decode(eventData: string, encoding: Encoding): string | undefined {
  if (encoding === 'raw') return eventData;
  try {
    const text: unknown = JSON.parse(eventData);
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The matcher for this run's template. An `event-data` template's pattern has a wildcard for each
 * placeholder, which JavaScript's backtracking engine could take polynomial time over on a long
 * text that does not match; it runs on RE2's linear-time engine (re2js, loaded only for it).
 */
export async function finalityMatcher(
  inputs: Pick<Inputs, 'eventDataTemplate' | 'encoding'>,
): Promise<FinalityMatcher> {
  const words = FINAL_STATUS_WORDS.map(escapeRegExp).join('|');
  const template = inputs.eventDataTemplate;
  let test: (text: string) => boolean;
  if (template.trim() !== '') {
    let hasStatus = false;
    const source = templatePattern(template, (name) => {
      if (name !== 'status') return '[\\s\\S]*';
      hasStatus = true;
      return `(?:${words})`;
    });
    if (!hasStatus) return { canTell: false, showsFinal: () => false };
    const { RE2JS } = await import(/* webpackChunkName: "re2js" */ 're2js');
    const pattern = RE2JS.compile(`^${source}$`);
    test = (text) => pattern.test(text);
  } else {
    // The default message opens with its headline; the rest differs from run to run.
    const headlines = FINAL_STATUS_WORDS.map((word) => escapeRegExp(headlineOf(word)));
    const pattern = new RegExp(`^(?:${headlines.join('|')}):`);
    test = (text) => pattern.test(text);
  }
  return {
    canTell: true,
    showsFinal: (eventData) => {
      const text = decode(eventData, inputs.encoding);
      return text !== undefined && test(text);
    },
  };
}
