"use client";

import { createContext, useContext } from "react";

/**
 * Lists longer than this show each item as a one-line summary, opened to edit it: the fields of
 * a hundred spokes, all mounted, would make every keystroke anywhere in the form pay for them.
 */
export const SUMMARISED_AFTER = 5;

/** What a list tells its items about itself. */
export type ListLength = {
  /** Whether the list is long enough that its items show as summaries until opened. */
  isLong: boolean;
  /** Whether the admin has just added an item, which then starts open. */
  isAdding: () => boolean;
};

export const ListLengthContext = createContext<ListLength>({
  isLong: false,
  isAdding: () => false,
});

export function useListLength(): ListLength {
  return useContext(ListLengthContext);
}
