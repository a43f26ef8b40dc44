/**
 * Stands in for Astro's image endpoint (/_image), which the site does not use: every image is a file of the build.
 * Answering 404 keeps the image service out of the server bundle and the endpoint off the internet.
 */
export const GET = (): Response => new Response("Not found", { status: 404 });
export const ALL = GET;
