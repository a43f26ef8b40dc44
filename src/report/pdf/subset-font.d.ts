/** Types for the `subset-font` package (HarfBuzz subsetter), used by the CLI and the font build script. */
declare module "subset-font" {
  interface SubsetFontOptions {
    targetFormat?: "sfnt" | "truetype" | "woff" | "woff2";
    preserveNameIds?: number[];
    keepFeatures?: string[];
    noLayoutClosure?: boolean;
    noHinting?: boolean;
    glyphNames?: boolean;
    dropTables?: string[];
    keepAllGlyphs?: boolean;
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
  }
  export default function subsetFont(
    buffer: Uint8Array,
    text: string | null | undefined,
    options?: SubsetFontOptions,
  ): Promise<Uint8Array>;
}
