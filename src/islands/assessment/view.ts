/** What every view of the assessment island receives, and the focus rule they share. */
import { useEffect, useRef } from "preact/hooks";
import type { Method } from "../../engine/method-index.ts";
import type { UiT as T } from "../../i18n/packs/ui.ts";
import type { Formatter } from "../../report/format.ts";

export interface ViewProps {
  t: T;
  format: Formatter;
  method: Method;
  /** This language's assessment path, e.g. "/en/assessment/". */
  base: string;
  /** The view was reached by moving within the page (not by loading it): its heading takes focus. */
  moved: boolean;
}

/**
 * A view's heading ref: when the visitor moved here within the page, the heading takes focus and the view scrolls to
 * the top, so keyboard and screen-reader users start at the beginning of the new step. `key` re-runs it.
 */
export function useViewHeading(moved: boolean, key: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!moved) return;
    const target = window.location.hash.startsWith("#q-")
      ? document.getElementById(window.location.hash.slice(1))
      : null;
    if (target) {
      target.scrollIntoView({ block: "start" });
      target.querySelector<HTMLElement>("input")?.focus();
      return;
    }
    window.scrollTo({ top: 0 });
    ref.current?.focus({ preventScroll: true });
  }, [moved, key]);
  return ref;
}
