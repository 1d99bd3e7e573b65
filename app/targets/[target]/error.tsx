"use client";

export default function TargetError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="page" role="alert">
      <h1>Something went wrong</h1>
      <p className="lead">The page failed to load. Nothing you entered was sent anywhere.</p>
      <button type="button" className="button-primary" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
