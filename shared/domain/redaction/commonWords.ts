/**
 * Ordinary English words that are also first names or surnames. In a
 * redacted copy such a word stands for a person only where it is written as
 * a name: capitalised, and not merely because it starts a sentence ('Mr
 * Price was out' is a name; 'the price of the repairs' and 'Price rises hit
 * the family' are not). Any other recorded name is replaced in every letter
 * case, because a name that is not also a word cannot be misread.
 *
 * Lower case, one word each. Add to it when a real name turns an ordinary
 * word into a pseudonym.
 */
export const commonWordNames: ReadonlySet<string> = new Set([
  'amber', 'april', 'art', 'baker', 'banks', 'bell', 'best', 'bill', 'bishop', 'black', 'bloom', 'brook', 'brooks',
  'brown', 'bush', 'carol', 'carter', 'chase', 'church', 'clay', 'cook', 'crane', 'cross', 'dawn', 'dean', 'drew',
  'faith', 'field', 'finch', 'fisher', 'fox', 'frank', 'gay', 'glen', 'gold', 'grace', 'grant', 'gray', 'green', 'grey',
  'guy', 'hall', 'hardy', 'hart', 'heath', 'heather', 'hill', 'holly', 'hope', 'hunt', 'hunter', 'ivy', 'jack', 'jay',
  'jewel', 'joy', 'june', 'king', 'knight', 'lamb', 'lane', 'law', 'little', 'long', 'love', 'mark', 'marsh', 'mason',
  'may', 'mercy', 'miles', 'miller', 'moss', 'nash', 'noble', 'page', 'park', 'parks', 'pat', 'patience', 'pearl',
  'penny', 'person', 'pike', 'pink', 'poole', 'pope', 'price', 'rich', 'rob', 'robin', 'rose', 'ruby', 'rush', 'sage',
  'same', 'sharp', 'short', 'sky', 'stone', 'storm', 'strong', 'summer', 'sunny', 'swan', 'taylor', 'ward', 'wells',
  'west', 'white', 'will', 'wood', 'woods', 'young',
])

/** Whether a normalised name key ('price', 'will hope') is made only of ordinary words, so is a name only where written as one. */
export function isCommonWordName(key: string): boolean {
  return key.split(' ').every((word) => commonWordNames.has(word))
}
