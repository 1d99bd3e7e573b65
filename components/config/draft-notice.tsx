export type DraftNoticeProps = { savedAt: Date; onStartOver: () => void };

/** Says the form came back from a saved draft, what a draft never holds, and how to start over. */
export function DraftNotice({ savedAt, onStartOver }: DraftNoticeProps) {
  return (
    <div className="draft-notice" role="status">
      <p>
        Restored your draft from {savedAt.toLocaleString()}. Drafts never hold secrets: those Easel
        invents were generated afresh, so enter again any you had already used, and every password,
        token and file you had given.
      </p>
      <button type="button" className="button-small" onClick={onStartOver}>
        Discard the draft and start over
      </button>
    </div>
  );
}
