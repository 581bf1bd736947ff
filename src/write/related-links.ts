import type { RelatedItem } from '@aws-sdk/client-ssm-incidents';
import { AwsCallError } from '../aws/call-error.js';
import { firstCodePoints } from '../runtime/code-points.js';
import type { IncidentsApi } from '../aws/incidents.js';
import { safeMessage } from '../runtime/errors.js';
import type { DeploymentFacts, WorkflowFacts } from '../read/facts.js';
import { inert } from '../runtime/inert.js';
import type { Warning, WarningSource } from './warning.js';
import { unique } from '../parse/list.js';
import {
  linkKey,
  RELATED_ITEM_ID,
  type EventReference,
  type LinkInput,
} from '../parse/references.js';

/**
 * A URL the event links to through a related item of its incident (type OTHER, as the model has
 * non-AWS resources): the deployed commit (link-commit) and the `https://` URLs of `references`.
 */
export interface RelatedLink extends LinkInput {
  /**
   * What asked for it, named in warnings: `link-commit`, `references`, or the `deployment` of a
   * `deployment_status` event.
   */
  input: 'link-commit' | 'references' | 'deployment';
}

export function commitLink(facts: WorkflowFacts): RelatedLink {
  const title = firstCodePoints(`Commit ${facts.shortSha} of ${facts.repository}`, 200);
  return { url: facts.commitUrl, title, input: 'link-commit' };
}

/** A reported deployment, titled so that the incident's list tells it from the others. */
export function deploymentLink(deployment: DeploymentFacts): RelatedLink {
  const where = deployment.environment ? ` to ${deployment.environment}` : '';
  const title = firstCodePoints(`Deployment ${deployment.id}${where}`, 200);
  return { url: deployment.url, title, input: 'deployment' };
}

function itemOf(link: RelatedLink): RelatedItem {
  return {
    ...(link.title ? { title: link.title } : {}),
    identifier: { type: 'OTHER', value: { url: link.url } },
  };
}

/** The ID of the related item with this URL, when the answer gives a well-formed one. */
export function idOfUrl(items: RelatedItem[], url: string): string | undefined {
  const key = linkKey(url);
  const id = items.find((item) => {
    const itemUrl = item.identifier?.value?.url;
    return itemUrl !== undefined && (itemUrl === url || linkKey(itemUrl) === key);
  })?.generatedId;
  return id && RELATED_ITEM_ID.test(id) ? id : undefined;
}

/** Related items are a nicety: a failure to read or write them is a warning, never the run's failure. */
/** Whose warning a failure to link is: the commit's when it was among the links. */
function sourceOf(links: readonly RelatedLink[]): WarningSource {
  for (const source of ['link-commit', 'deployment'] as const) {
    if (links.some((link) => link.input === source)) return source;
  }
  return 'references';
}

const LINKED_WHAT = new Map([
  ['link-commit', 'the commit'],
  ['deployment', 'the deployment'],
  ['references', 'the URLs of references'],
]);

function warning(links: readonly RelatedLink[], error: unknown, incidentArn: string): string {
  const denied = error instanceof AwsCallError && error.isAccessDenied;
  const why = safeMessage(error);
  const inputs = [...new Set(links.map((l) => l.input))];
  const names = [...LINKED_WHAT].filter(([input]) => inputs.some((i) => i === input));
  const what = names
    .map(([, name]) => name)
    .join(', ')
    .replace(/, ([^,]*)$/, ' and $1');
  const fix = inputs.includes('link-commit') ? '; or set link-commit: false' : '';
  const advice = denied
    ? ` Linking needs ssm-incidents:ListRelatedItems and ssm-incidents:UpdateRelatedItems${fix}.`
    : '';
  return `${inputs.join(', ')}: could not link ${what} to ${inert(incidentArn)}; the event is written without ${inputs.length > 1 || links.length > 1 ? 'them' : 'it'}. ${why}${advice}`;
}

/** The references to a target's links, and what adding them said. */
export interface LinkedReferences {
  references: EventReference[];
  /** The related item ID of each link's URL that has one. */
  idByUrl: ReadonlyMap<string, string>;
  /** For annotations. */
  warnings: Warning[];
  /** For the target's log group. */
  lines: string[];
}

/** What the first read found: which links are there already, and how many must be added. */
export interface LinksFound {
  linked: string[];
  absent: number;
}

/**
 * The related items one target's event links to. One ListRelatedItems read, made beside the
 * target's other reads, tells which links are there; only absent ones are added (one
 * UpdateRelatedItems each, with a token so that retries add nothing twice), then one more read
 * gives their IDs (UpdateRelatedItems does not return them). A ConflictException on an add means
 * another job added the same URL: theirs is used. A re-run finds every link and adds nothing.
 */
export class TargetLinks {
  private readonly read: Promise<RelatedItem[] | { failed: unknown }>;
  /** Each URL once: a `references` URL that is the commit's is one related item, one reference. */
  private readonly links: readonly RelatedLink[];

  constructor(
    private readonly api: IncidentsApi,
    private readonly incidentArn: string,
    links: readonly RelatedLink[],
    private readonly signal: AbortSignal,
    private readonly deadline: { readonly expired: boolean },
    private readonly tokenFor: (link: RelatedLink) => string,
  ) {
    this.links = unique(links, (link) => linkKey(link.url));
    this.read =
      links.length === 0
        ? Promise.resolve([])
        : api.listRelatedItems(incidentArn, { signal }).catch((failed: unknown) => {
            // An incident that does not exist fails the target; anything else is a warning.
            if (failed instanceof AwsCallError && failed.isNotFound) throw failed;
            return { failed };
          });
    // Read beside another call: when that one fails first, this one's failure is not awaited,
    // and must not end the process as an unhandled rejection.
    this.read.catch(() => undefined);
  }

  /** What the read found, for counting references before anything is written. */
  async peek(): Promise<LinksFound> {
    const items = await this.read;
    if (!Array.isArray(items)) return { linked: [], absent: 0 };
    const ids = this.links.map((link) => idOfUrl(items, link.url));
    return {
      linked: ids.filter((id): id is string => id !== undefined),
      absent: ids.filter((id) => id === undefined).length,
    };
  }

  /**
   * The references to the links, adding the absent ones first (`beforeWrite` is called before
   * each add: it throws when no new write may start), with the warnings and log lines of it.
   */
  async references(beforeWrite: () => void): Promise<LinkedReferences> {
    let items = await this.read;
    if (!Array.isArray(items)) {
      return {
        references: [],
        idByUrl: new Map(),
        warnings: [
          {
            source: sourceOf(this.links),
            text: this.budgetNote(warning(this.links, items.failed, this.incidentArn)),
          },
        ],
        lines: [],
      };
    }
    const warnings: Warning[] = [];
    const absent = this.links.filter((link) => !idOfUrl(items as RelatedItem[], link.url));
    /** Adds whose answer was lost: the read after them says whether they landed. */
    const unknown = new Set<RelatedLink>();
    let failed = false;
    if (absent.length > 0) {
      try {
        for (const link of absent) {
          beforeWrite();
          const from = this.api.region;
          const add = () =>
            this.api.addRelatedItem(this.incidentArn, itemOf(link), this.tokenFor(link), {
              signal: this.signal,
            });
          try {
            const added = await add();
            if (added !== from) {
              warnings.push({ source: link.input, text: this.movedWarning(link, from, added) });
            }
          } catch (error) {
            if (!(error instanceof AwsCallError)) throw error;
            if (error.outcomeUnknown) {
              // It may have been added. The same add again (same token) is answered with the
              // first one's result; either way, the read below settles it.
              unknown.add(link);
              await add().catch((again: unknown) => {
                if (!(again instanceof AwsCallError && (again.isConflict || again.outcomeUnknown)))
                  throw again;
              });
            } else if (!error.isConflict) throw error;
          }
        }
        items = await this.api.listRelatedItems(this.incidentArn, { signal: this.signal });
      } catch (error) {
        if (error instanceof AwsCallError && error.isNotFound) throw error;
        if (error instanceof Error && error.name === 'StoppedError') throw error;
        warnings.push({
          source: sourceOf(absent),
          text: this.budgetNote(warning(absent, error, this.incidentArn)),
        });
        failed = true;
      }
    }
    const references: EventReference[] = [];
    const idByUrl = new Map<string, string>();
    const lines: string[] = [];
    for (const link of this.links) {
      const id = idOfUrl(items, link.url);
      if (id) {
        references.push({ relatedItemId: id });
        idByUrl.set(link.url, id);
        if (absent.includes(link)) lines.push(linkedLine(link));
      } else if (!failed) {
        const what = link.input === 'link-commit' ? 'the commit' : inert(link.url);
        warnings.push({
          source: link.input,
          text: unknown.has(link)
            ? `${link.input}: the answer to adding ${what} to ${inert(this.incidentArn)} was lost, and the incident's related items do not show it; the event is written without it.`
            : `${link.input}: ${what} was added to ${inert(this.incidentArn)} but the service gave it no ID to reference; the event is written without it.`,
        });
      }
    }
    return { references, idByUrl, warnings, lines };
  }

  /**
   * An add sent to a region that then became unavailable may have landed there; the next region
   * does not show it while the regions replicate, so it was added there too. A related item
   * cannot be looked for by token, so the incident may list the link twice: said, not hidden.
   */
  private movedWarning(link: RelatedLink, from: string, to: string): string {
    const what = link.input === 'link-commit' ? 'the commit' : inert(link.url);
    return `${link.input}: ${inert(from)} became unavailable while ${what} was being linked to ${inert(this.incidentArn)}, so it was linked in ${inert(to)}; if ${inert(from)} had added it too, the incident lists it twice once the regions replicate.`;
  }

  private budgetNote(message: string): string {
    return this.signal.aborted && !this.deadline.expired
      ? `${message} (linking may use half of the time left, so that the write keeps the rest)`
      : message;
  }
}

function linkedLine(link: RelatedLink): string {
  const what = link.input === 'references' ? inert(link.url) : LINKED_WHAT.get(link.input);
  return `Linked ${what} as a related item.`;
}
