"use client";

import { useEffect, useRef, useState } from "react";

import type { ImportedValues } from "@/lib/import/import-values";
import { isDomainChanged, oldDomainPlaces, type OldDomainPlace } from "@/lib/import/old-domain";
import {
  configDomainEdits,
  exportedValues,
  replaceOldDomain,
} from "@/lib/import/replace-old-domain";
import { fieldName } from "@/lib/paths/notation";
import {
  findOldDomainPlacesOffThread,
  SupersededSearchError,
} from "@/lib/preview/old-domain-client";
import type { TargetConfig } from "@/lib/schemas/targets";
import { targetModule } from "@/lib/targets/modules";
import { useConfigForm } from "@/components/hooks/config-form";
import type { ConfigPath } from "@/components/hooks/config-path";
import { useSettledConfig } from "@/components/hooks/use-settled-config";

import { useTargetForm } from "./target-context";

export type OldDomainPlacesProps = {
  imported: ImportedValues;
  /** Takes the imported file with the new domain written at the places listed. */
  onReplace: (next: ImportedValues) => void;
};

/** How long typing must pause before the places are looked for again. */
const PAUSE_MS = 300;

function placesCount(count: number): string {
  return count === 1 ? "one place" : `${count} places`;
}

function PlaceItem({ place }: { place: OldDomainPlace }) {
  return (
    <li>
      <code>{place.name}</code>{" "}
      <span className="old-domain-line">
        {place.line === undefined ? "(written by the form)" : `(line ${place.line})`}
      </span>
      {place.isSecret ? (
        <>: a secret, so its value is not shown</>
      ) : (
        <>
          : <code>{place.shown}</code> would become <code>{place.shownReplacement}</code>
        </>
      )}
    </li>
  );
}

/**
 * After the domain changed, every value of the exported file that still names the domain the
 * imported file was read with (keys the form neither shows nor derives), and one button that
 * replaces them, only when pressed.
 */
export function OldDomainPlaces({ imported, onReplace }: OldDomainPlacesProps) {
  const target = targetModule(useTargetForm().id);
  const form = useConfigForm();
  // Finding the places renders the whole export: done in a worker once typing pauses, so no
  // keystroke waits for it.
  const [config] = useSettledConfig(PAUSE_MS);
  // What the last replacement did, and the file it made: another file shows no such message.
  const [replaced, setReplaced] = useState<{ file: ImportedValues; message: string }>();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const change = { oldDomain: imported.domain, newDomain: config.global.domain };
  const isChanged = isDomainChanged(change);
  const [found, setFound] = useState<{ file: ImportedValues; places: OldDomainPlace[] }>();
  useEffect(() => {
    // Only a changed domain is worth the export's values; most edits never change it.
    if (!isChanged) return;
    let isCurrent = true;
    findOldDomainPlacesOffThread(target, imported, config).then(
      (places) => {
        if (isCurrent) setFound({ file: imported, places });
      },
      (error: unknown) => {
        if (!(error instanceof SupersededSearchError)) console.error(error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [target, imported, config, isChanged]);
  const places = isChanged && found?.file === imported ? found.places : [];

  function replaceListedPlaces() {
    // The form as it is now, not the deferred copy the list was made from.
    const current = form.getValues();
    const now = { oldDomain: imported.domain, newDomain: current.global.domain };
    const values = (next: TargetConfig) => target.buildValues(next);
    const found = oldDomainPlaces(exportedValues(imported, values(current)), now);
    for (const edit of configDomainEdits(imported, values, current, found, now)) {
      // Found by walking the configuration's text values at run time: the compiler cannot know
      // them as paths, and each is one by construction.
      form.setValue(fieldName(edit.path) as ConfigPath, edit.value, {
        shouldDirty: true,
        shouldValidate: true,
      });
    }
    const file = replaceOldDomain(imported, found, now);
    onReplace(file);
    setReplaced({
      file,
      message: `Replaced ${now.oldDomain} with ${now.newDomain} in ${placesCount(found.length)}: values.yaml carries the new domain there.`,
    });
    // The button goes away with the list: focus moves to what happened instead of the page's top.
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  // While the list shows, its heading says this on screen; the status tells screen readers.
  const isListed = places.length > 0;
  const status = isListed
    ? `The old domain ${change.oldDomain} is still in ${placesCount(places.length)} of ${imported.name}.`
    : replaced?.file === imported
      ? replaced.message
      : "";
  return (
    <div className="old-domain">
      <p
        className={isListed ? "visually-hidden" : "old-domain-status"}
        role="status"
        ref={statusRef}
        tabIndex={-1}
      >
        {status}
      </p>
      {isListed ? (
        <section className="old-domain-places" aria-labelledby="old-domain-title">
          <h2 id="old-domain-title">
            The old domain is still in {placesCount(places.length)} of {imported.name}
          </h2>
          <p>
            You changed the domain from <strong>{change.oldDomain}</strong> to{" "}
            <strong>{change.newDomain}</strong>. Easel rewrote every value it derives from the
            domain, but these keys still name the old one. Nothing is replaced until you ask.
          </p>
          <ul aria-label={`Places that still name ${change.oldDomain}`}>
            {places.map((place) => (
              <PlaceItem key={place.name} place={place} />
            ))}
          </ul>
          <button type="button" className="button-secondary" onClick={replaceListedPlaces}>
            Replace the old domain in{" "}
            {places.length === 1 ? "this place" : `these ${places.length} places`}
          </button>
        </section>
      ) : null}
    </div>
  );
}
