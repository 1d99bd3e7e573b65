"use client";

import { useState } from "react";

import type { RegistryUser } from "@/lib/schemas/sections/registry";
import {
  GUIDE_USERS_NEED_NEW_PASSWORDS,
  GUIDE_USERS_PUBLIC_PASSWORDS,
  renewGuideUsers,
} from "@/lib/values-builders/guide-registry-users";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { useConfigForm, useConfigWatch } from "@/components/hooks/config-form";

export type GuideRegistryUsersProps = {
  /** Puts the renewed users in the registry users' list (the list's own field array). */
  onRenew: (users: RegistryUser[]) => void;
};

/**
 * Whether to keep the guide's two registry users, what their public passwords mean, and the one
 * action that keeps their names with new generated passwords.
 */
export function GuideRegistryUsers({ onRenew }: GuideRegistryUsersProps) {
  const { getValues, setValue } = useConfigForm();
  const isKept = useConfigWatch("registry.keepGuideUsers");
  const [isRenewed, setIsRenewed] = useState(false);
  function renew() {
    const registry = renewGuideUsers(getValues("registry"));
    setValue("registry.keepGuideUsers", false, { shouldDirty: true, shouldValidate: true });
    onRenew(registry.users);
    setIsRenewed(true);
  }
  return (
    <>
      <CheckboxField
        name="registry.keepGuideUsers"
        label="Keep the guide's default registry users (admin, user)"
        hint="The guide adds users to these two. Which PaletteAI component logs in as them is not documented, so Easel keeps them unless you choose otherwise."
        onToggle={() => setIsRenewed(false)}
      />
      {isKept ? (
        <div className="guide-users-risk">
          <p className="warning-banner">{GUIDE_USERS_PUBLIC_PASSWORDS}</p>
          <button type="button" className="button-secondary" onClick={renew}>
            Give the guide&apos;s registry users new passwords
          </button>
        </div>
      ) : null}
      {isRenewed && !isKept ? (
        <p className="field-hint" role="status">
          admin and user now have new generated passwords (registry users 1 and 2 below): show or
          copy each one now, Easel keeps no copy and values.yaml holds only its bcrypt hash.{" "}
          {GUIDE_USERS_NEED_NEW_PASSWORDS}
        </p>
      ) : null}
    </>
  );
}
