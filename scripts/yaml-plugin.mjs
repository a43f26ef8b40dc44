import { parse } from "yaml";

/** Vite plugin: `import data from "./file.yaml"` yields the parsed document (validate it with zod before use). */
export function yamlPlugin() {
  return {
    name: "project-yaml",
    /**
     * @param {string} code
     * @param {string} id
     */
    transform(code, id) {
      if (!/\.ya?ml(\?.*)?$/.test(id)) return null;
      return { code: `export default ${JSON.stringify(parse(code))};`, map: null };
    },
  };
}
