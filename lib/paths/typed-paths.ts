/** One fewer step of depth: the typed paths stop there, so recursive shapes stay finite. */
type Shallower = [never, 0, 1, 2, 3, 4, 5, 6, 7];

/**
 * Every path into a value of type `T` (each member of a union on its own), as a tuple of keys,
 * with `Index` at a list's step: a path that names no place in `T` is a type error.
 */
type StepsInto<T, Index, Depth extends number> = [Depth] extends [never]
  ? never
  : T extends readonly (infer Item)[]
    ? readonly [Index] | readonly [Index, ...StepsInto<NonNullable<Item>, Index, Shallower[Depth]>]
    : T extends object
      ? {
          [Key in keyof T & string]-?:
            | readonly [Key]
            | readonly [Key, ...StepsInto<NonNullable<T[Key]>, Index, Shallower[Depth]>];
        }[keyof T & string]
      : never;

/** A path into `T` (`["global", "domain"]`, `["fleet", "spokes", 0]`), checked by the compiler. */
export type PathInto<T> = StepsInto<T, number, 8>;

/**
 * A pattern into `T`: a path whose list steps are `*`, every item (`["fleet", "spokes", "*",
 * "kubeconfigFile"]`), or one index; checked by the compiler.
 */
export type PatternInto<T> = StepsInto<T, "*" | number, 8>;
