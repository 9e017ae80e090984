// Runs axe-core in the test page against a widget, shadow DOM included, and words its findings for a failing test.
import 'axe-core/axe.min.js';
import type { AxeResults, Result } from 'axe-core';

/** The WCAG 2.2 AA bar of issue 4: every level-A and level-AA rule up to 2.2. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;

/** One line per failing node: rule, impact, where (through shadow roots), and what to fix. */
export function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${v.id} (${v.impact ?? node.impact ?? 'n/a'}) at ${JSON.stringify(node.target)}: ${v.help}\n    ${node.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`,
      ),
    )
    .join('\n');
}

/** Scans `element` (open shadow roots are followed) and returns what fails WCAG 2.2 AA. */
export async function scan(element: Element): Promise<AxeResults> {
  return axe.run(element, { runOnly: { type: 'tag', values: WCAG_AA_TAGS }, resultTypes: ['violations', 'incomplete'] });
}

/** Scans and throws with every violation spelled out, so the test log says what to fix. */
export async function expectNoViolations(element: Element, what: string): Promise<void> {
  const { violations, incomplete } = await scan(element);
  // What axe could not decide (e.g. contrast over an image) is for a person to look at, not a failure.
  if (incomplete.length) console.warn(`${what}: axe could not decide\n${describeViolations(incomplete)}`);
  if (violations.length) throw new Error(`${what}: ${violations.length} axe violation(s)\n${describeViolations(violations)}`);
}
