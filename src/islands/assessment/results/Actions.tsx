/**
 * The results' actions — the PDF gap report, "talk to us" (the enquiry form with the assessment attached) and the
 * share link — at the top of the results, and fixed at the foot of the screen on phones. The stores do the work.
 */
import { useStore } from "@nanostores/preact";
import type { Firm } from "../../../lib/firm.ts";
import {
  $pdfState,
  $shareState,
  copyShareLink,
  downloadPdf,
  prepareEnquiry,
  shareUrl,
} from "../../../stores/actions.ts";
import type { ResultsContext } from "./context.ts";

export function Actions(ctx: ResultsContext & { firm: Firm; contactUrl: string; organisation: string }) {
  const { t, method, results, answerSet, locale, base, firm } = ctx;
  const pdf = useStore($pdfState);
  const share = useStore($shareState);
  const link = shareUrl(method, answerSet, base);
  return (
    <div class="results-actions">
      <div class="results-actions-bar">
        <button
          type="button"
          class="button"
          id="download-pdf"
          aria-disabled={pdf === "working" ? "true" : undefined}
          onClick={() =>
            downloadPdf({
              method,
              results,
              answerSet,
              locale,
              firm,
              base,
              ...(ctx.organisation ? { organisation: ctx.organisation } : {}),
            })
          }
        >
          {pdf === "working" ? (
            t("results.pdfGenerating")
          ) : (
            <>
              <span class="label-long">{t("results.downloadPdf")}</span>
              <span class="label-short">{t("results.pdfShort")}</span>
            </>
          )}
        </button>
        <a
          class="button"
          id="talk-to-us"
          href={`${ctx.contactUrl}?attach=assessment`}
          onClick={() => prepareEnquiry(answerSet)}
        >
          {t("results.talkToUs")}
        </a>
        <button type="button" class="button secondary" id="copy-link" onClick={() => copyShareLink(link)}>
          <span class="label-long">{t("results.copyLink")}</span>
          <span class="label-short">{t("results.shareShort")}</span>
        </button>
      </div>
      <div role="status" class="results-actions-status small">
        {pdf === "failed" && <p class="field-error">{t("results.pdfFailed")}</p>}
        {share !== "idle" && (
          <div class="share-result">
            <p>{share === "copied" ? t("results.linkCopied") : t("results.linkCopyFailed")}</p>
            <label for="share-link">{t("results.shareLinkLabel")}</label>
            <input
              id="share-link"
              type="text"
              readOnly
              value={link}
              onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
            />
          </div>
        )}
      </div>
    </div>
  );
}
