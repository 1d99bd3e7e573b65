export type RevealSecretsButtonProps = { isRevealed: boolean; onToggle: () => void };

/** Shows or masks the secrets of a preview; pressed while they are shown. */
export function RevealSecretsButton({ isRevealed, onToggle }: RevealSecretsButtonProps) {
  return (
    <button type="button" className="button-small" aria-pressed={isRevealed} onClick={onToggle}>
      {isRevealed ? "Mask secrets" : "Reveal secrets"}
    </button>
  );
}
