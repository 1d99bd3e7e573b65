import type { InstallFileName } from "@/lib/downloads/install-files";

export type DownloadKind = InstallFileName | "bundle";

export type DownloadButtonsProps = {
  /** The configuration form: "Download values.yaml" submits it, so its errors show first. */
  formId: string;
  /** Absent while the form is still loading: the buttons hold their place, disabled. */
  onDownload?: (download: DownloadKind) => void;
};

/** The download actions, the same wherever they are offered: the files preview and the bar. */
export function DownloadButtons({ formId, onDownload }: DownloadButtonsProps) {
  const isLoading = onDownload === undefined;
  // No handler at all while loading: the page shown then is rendered by the server.
  const onClick = (download: DownloadKind) => onDownload && (() => onDownload(download));
  return (
    <>
      <button type="submit" form={formId} className="button-primary" disabled={isLoading}>
        Download values.yaml
      </button>
      <button
        type="button"
        className="button-secondary"
        disabled={isLoading}
        onClick={onClick("secrets.yaml")}
      >
        Download secrets.yaml
      </button>
      <button
        type="button"
        className="button-secondary"
        disabled={isLoading}
        onClick={onClick("install.sh")}
      >
        Download install.sh
      </button>
      <button
        type="button"
        className="button-secondary"
        disabled={isLoading}
        onClick={onClick("bundle")}
      >
        Download all (.zip)
      </button>
    </>
  );
}
