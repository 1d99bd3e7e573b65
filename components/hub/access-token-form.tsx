"use client";

import { useId, useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";

import { connectHubAction } from "@/lib/actions/connect-hub";

import { hubKeys, unwrap } from "./hub-queries";

/** Asks once per browser session for the operator's access token; the server keeps the proof. */
export function AccessTokenForm() {
  const queryClient = useQueryClient();
  const inputId = useId();
  const errorId = useId();
  const [token, setToken] = useState("");
  const connect = useMutation({
    mutationFn: async (accessToken: string) => unwrap(await connectHubAction({ accessToken })),
    // Pending until the server's new status is in: the form never shows Connect again meanwhile.
    onSuccess: async () => {
      setToken("");
      await queryClient.invalidateQueries({ queryKey: hubKeys.all });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    connect.mutate(token);
  }

  return (
    <form className="hub-token" onSubmit={submit} aria-label="Connect to the hub">
      <p>
        This Easel server is reachable from other machines, so its cluster actions need the access
        token its operator set (EASEL_ACCESS_TOKEN). It is asked once per browser session.
      </p>
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          Access token
        </label>
        <input
          id={inputId}
          className="input input-secret"
          type="password"
          autoComplete="off"
          value={token}
          onChange={(event) => setToken(event.target.value)}
          aria-invalid={connect.isError || undefined}
          aria-describedby={connect.isError ? errorId : undefined}
        />
        {connect.isError ? (
          <p id={errorId} className="field-error" role="alert">
            {connect.error.message}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button-primary" disabled={connect.isPending || token === ""}>
        {connect.isPending ? "Connecting…" : "Connect"}
      </button>
    </form>
  );
}
