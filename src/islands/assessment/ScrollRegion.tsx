import type { ComponentChildren } from "preact";

/** A named, keyboard-scrollable region for a wide table, so it never widens the page on a phone. */
export function ScrollRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section class="table-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
