/**
 * Every view of the assessment has its own URL (a static page per view, so a reload or a link opens it), and moving
 * between views adds a history entry: Back and Forward move between steps. The language switcher in the page header
 * is kept pointing at the same view in the other language, with the share fragment.
 */
import { atom } from "nanostores";

export type Route =
  | { readonly name: "quick" }
  | { readonly name: "tasks" }
  | { readonly name: "section"; readonly id: string }
  | { readonly name: "check"; readonly id: string }
  | { readonly name: "results" }
  | { readonly name: "print" };

/** The URL path of a view below the assessment's base path (e.g. "/en/assessment/"). */
export function routePath(base: string, route: Route): string {
  switch (route.name) {
    case "section":
    case "check":
      return `${base}${route.name}/${route.id}/`;
    default:
      return `${base}${route.name}/`;
  }
}

/** The view of a path below `base`; null for the start page or an unknown path. */
export function parseRoute(base: string, pathname: string): Route | null {
  if (!pathname.startsWith(base)) return null;
  const parts = pathname.slice(base.length).split("/").filter(Boolean);
  const [name, id] = parts;
  if ((name === "section" || name === "check") && id && parts.length === 2) return { name, id };
  if ((name === "quick" || name === "tasks" || name === "results" || name === "print") && parts.length === 1) {
    return { name };
  }
  return null;
}

export const $route = atom<Route>({ name: "tasks" });
let basePath = "/";
let otherBases: readonly { readonly base: string; readonly link: HTMLAnchorElement }[] = [];

/** Points the header's language links at the same view (and share fragment) in the other language. */
function syncLanguageLinks(): void {
  const { pathname, hash } = window.location;
  for (const { base, link } of otherBases) link.href = `${base}${pathname.slice(basePath.length)}${hash}`;
}

/**
 * Starts routing: `base` is this language's assessment path, `bases` the others' (by language code as in the links'
 * hreflang). Returns the route of the current URL.
 */
export function startRouter(base: string, bases: Readonly<Record<string, string>>, initial: Route): Route {
  basePath = base;
  otherBases = [...document.querySelectorAll<HTMLAnchorElement>("nav.lang a[hreflang]")].flatMap((link) => {
    const other = bases[link.hreflang];
    return other ? [{ base: other, link }] : [];
  });
  const current = parseRoute(base, window.location.pathname) ?? initial;
  $route.set(current);
  window.addEventListener("popstate", () => {
    const route = parseRoute(basePath, window.location.pathname);
    if (route) $route.set(route);
    else window.location.reload();
  });
  syncLanguageLinks();
  return current;
}

/** Moves to a view, with a history entry (or replacing the current one). The fragment is kept on results views. */
export function navigate(route: Route, options: { replace?: boolean; hash?: string } = {}): void {
  const keepHash = route.name === "results" || route.name === "print";
  const hash = options.hash ?? (keepHash ? window.location.hash : "");
  const url = `${routePath(basePath, route)}${hash}`;
  if (options.replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  $route.set(route);
  syncLanguageLinks();
}

/** Updates the URL's fragment (a share link being viewed, or none) without a history entry. */
export function setFragment(hash: string): void {
  window.history.replaceState(null, "", `${window.location.pathname}${hash}`);
  syncLanguageLinks();
}
