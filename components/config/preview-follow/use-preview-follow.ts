"use client";

import { useCallback, useEffect, useMemo, useState } from "react";

import {
  chartPathsOfField,
  fieldOfChartPath,
  fieldsByChartPath,
} from "@/lib/field-lines/field-landing";
import {
  linesOfIndex,
  linesOfPaths,
  type DocumentLines,
  type LineIndex,
  type LineRange,
} from "@/lib/field-lines/line-index";
import { valueLeaves } from "@/lib/paths/leaves";
import { parsePath } from "@/lib/paths/notation";
import { valueAtPath } from "@/lib/paths/read-write";
import type { TreePath } from "@/lib/paths/tree-path";
import { loadPreviewValues, type PreviewValues } from "@/lib/targets/load-preview-values";
import { useConfigForm } from "@/components/hooks/config-form";

import { useTargetForm } from "../target-context";
import { fieldControlsOf, focusFieldNamed, foldedItemsOf } from "./form-controls";
import { useFocusedField } from "./use-focused-field";

export type PreviewFollow = {
  /** The lines of the shown file that the focused field writes. */
  highlighted: readonly LineRange[];
  /** Focuses the field that writes `line` of the shown file, when one does. */
  pick: (line: number) => Promise<void>;
};

const NONE: readonly LineRange[] = [];

/**
 * Links values.yaml's preview (`text`, whose keys' lines the worker read into `index`) with the
 * form `formId`, both ways: the focused field's lines, and the field of a picked line. Where a
 * field lands is worked out when the focus moves (and when a switch or menu changes what it
 * writes), not on each keystroke; the page never parses the text while typing.
 */
export function usePreviewFollow(
  formId: string,
  text: string,
  index: LineIndex | undefined,
  isValuesFile: boolean,
): PreviewFollow {
  const { id } = useTargetForm();
  const { getValues } = useConfigForm();
  const focused = useFocusedField(formId);
  // Where a field lands is found by building values: that code loads at the first focus.
  const [build, setBuild] = useState<PreviewValues>();
  const isBuildWanted = focused !== undefined && build === undefined;
  useEffect(() => {
    if (!isBuildWanted) return;
    let isCurrent = true;
    loadPreviewValues(id).then(
      (loaded) => isCurrent && setBuild(() => loaded),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [id, isBuildWanted]);
  // A text field lands in the same places whatever is typed; a switch or a menu may not.
  const choice =
    focused && !focused.isText ? valueAtPath(getValues(), parsePath(focused.name)) : "";
  const choiceKey = JSON.stringify(choice) ?? "";
  const chartPaths = useMemo<TreePath[]>(
    () =>
      focused && isValuesFile && build
        ? chartPathsOfField(build, getValues(), focused.name, focused.options)
        : [],
    // choiceKey re-reads where a switch lands once it is flipped.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [build, focused, isValuesFile, choiceKey],
  );
  const lines = useMemo<DocumentLines | undefined>(
    () => (index ? linesOfIndex(index) : undefined),
    [index],
  );
  const highlighted = useMemo(
    () => (lines ? linesOfPaths(lines, chartPaths) : NONE),
    [lines, chartPaths],
  );

  const pick = useCallback(
    async (line: number) => {
      const form = document.getElementById(formId);
      if (!isValuesFile || !lines || !(form instanceof HTMLFormElement)) return;
      const chartPath = lines.pathAt(line);
      if (chartPath.length === 0) return;
      const values = build ?? (await loadPreviewValues(id));
      const config = getValues();
      const controls = fieldControlsOf(form);
      const textFields = controls.filter((control) => control.isText).map(({ name }) => name);
      const field =
        fieldOfChartPath(fieldsByChartPath(values, config, textFields), chartPath) ??
        // A folded item of a long list: its text values stand for the fields it would show.
        fieldOfChartPath(
          fieldsByChartPath(values, config, foldedTextPaths(config, foldedItemsOf(form))),
          chartPath,
        ) ??
        // A switch or a menu writes the line: found the slower way, one field at a time.
        controls.find(
          (control) =>
            !control.isText &&
            chartPathsOfField(values, config, control.name, control.options).some((path) =>
              isWithin(chartPath, path),
            ),
        )?.name;
      if (field) focusFieldNamed(form, field);
    },
    [build, formId, getValues, id, isValuesFile, lines],
  );

  return { highlighted, pick };
}

/** The form paths of the strings under each of `bases` in `config`: what folded items hold. */
function foldedTextPaths(config: object, bases: readonly string[]): string[] {
  return bases.flatMap((base) =>
    valueLeaves(valueAtPath(config, parsePath(base)), [])
      .filter((leaf) => typeof leaf.value === "string")
      .map((leaf) => [base, ...leaf.path].join(".")),
  );
}

/** Whether `path` is `outer` or lies under it. */
function isWithin(path: TreePath, outer: TreePath): boolean {
  return outer.length <= path.length && outer.every((key, index) => path[index] === key);
}
