import { DownloadButtons, type DownloadButtonsProps } from "./download-buttons";

/**
 * The downloads at the top of the screen while the files preview sits below the whole form (narrow
 * windows and phones), so they never lie thousands of pixels down. Wide windows show the preview,
 * with the same buttons, beside the form, and hide this bar (see app/styles/download-bar.css).
 */
export function DownloadBar(props: DownloadButtonsProps) {
  return (
    <section className="download-bar" aria-label="Downloads">
      <DownloadButtons {...props} />
    </section>
  );
}
