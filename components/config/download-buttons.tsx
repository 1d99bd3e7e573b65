import type { InstallFileName } from "@/lib/downloads/install-files";

export type DownloadKind = InstallFileName | "bundle";

export type DownloadButtonsProps = {
  /** The configuration form: "Download values.yaml" submits it, so its errors show first. */
  formId: string;
  onDownload: (download: DownloadKind) => void;
};

/** The download actions, the same wherever they are offered: the files preview and the bar. */
export function DownloadButtons({ formId, onDownload }: DownloadButtonsProps) {
  return (
    <>
      <button type="submit" form={formId} className="button-primary">
        Download values.yaml
      </button>
      <button type="button" className="button-secondary" onClick={() => onDownload("secrets.yaml")}>
        Download secrets.yaml
      </button>
      <button type="button" className="button-secondary" onClick={() => onDownload("install.sh")}>
        Download install.sh
      </button>
      <button type="button" className="button-secondary" onClick={() => onDownload("bundle")}>
        Download all (.zip)
      </button>
    </>
  );
}
