"use client";

import dynamic from "next/dynamic";

import { DetailsOnOpen, type DetailsStart } from "@/components/ui/details-on-open";

import type { ProfileToolsProps } from "./profile-tools";

/** The profile's code (reading and writing profiles) loads when the section is first opened. */
const ProfileTools = dynamic(
  () => import("./profile-tools").then((loaded) => loaded.ProfileTools),
  { ssr: false, loading: () => <p className="loading">Loading the profile tools…</p> },
);

/**
 * The configuration as a profile, the file the CLI renders from: exported without secrets unless
 * asked, and imported back into the form.
 */
export function ProfileActions({ start, ...props }: ProfileToolsProps & { start?: DetailsStart }) {
  return (
    <DetailsOnOpen
      {...start}
      className="values-import"
      summary="Profile: save this configuration, or load one"
    >
      <ProfileTools {...props} />
    </DetailsOnOpen>
  );
}
