/** A translation of one English catalogue file: the same keys, each an ICU message in the other language. */
export type Translation<English> = { readonly [Key in keyof English]: string };
