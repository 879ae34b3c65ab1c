/**
 * "BUSAN, Jan. 2 -", "WASHINGTON (AP) —", "NEW YORK (Reuters) -Jurors", "MOSCOW: Russian President…": the city in
 * capitals, and where the story's first sentence starts.
 */
export const DATELINE =
  /^(\p{Lu}[\p{Lu} .'-]*\p{Lu})(?:(?:,[^—–\n]{0,40}?)?(?:\s*\([^)]{1,40}\))?\s+[—–-]{1,2}(?:\s+|(?=\p{Lu}))|:\s+(?=\p{Lu}))/u;
