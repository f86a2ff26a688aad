import { stem } from './textTokens.js';

/**
 * Words people say in passing that name no need ("keeps", "going", "again", "using"): left out of the text search
 * of what a person said, so they cannot outweigh the words that do name the need. Vocabulary phrases still see them.
 */
export const CONVERSATION_FILLER: ReadonlySet<string> = new Set(
  [
    'again', 'go', 'goes', 'going', 'went', 'gone', 'use', 'using', 'used', 'know', 'knows', 'think', 'thinks',
    'thought', 'need', 'needs', 'needed', 'help', 'helps', 'helping', 'keep', 'keeps', 'kept', 'still', 'since',
    'last', 'next', 'week', 'weeks', 'month', 'months', 'year', 'years', 'ago', 'time', 'times', 'day', 'days',
    'always', 'never', 'everything', 'nothing', 'anymore', 'much', 'many', 'lots', 'little', 'try', 'trying', 'tried',
    'tell', 'told', 'say', 'says', 'said', 'feel', 'feels', 'feeling', 'felt', 'look', 'looks', 'looking', 'find',
    'make', 'makes', 'take', 'takes', 'took', 'come', 'comes', 'coming', 'came', 'see', 'seen', 'put', 'let', 'give',
    'able', 'sure', 'maybe', 'perhaps', 'though', 'even', 'ever', 'away', 'else', 'own', 'one', 'two',
    'getting', 'gets', 'seems', 'seem', 'started', 'start', 'stop', 'wont', 'didnt', 'havent', 'wasnt', 'arent',
    'couldnt', 'wouldnt', 'lately', 'recently', 'today', 'tonight', 'yesterday', 'morning', 'someone', 'somebody',
    'anybody', 'everyone', 'people', 'person', 'thing', 'stuff', 'way', 'sort', 'kind', 'good', 'bad', 'better',
    'worse', 'right', 'wrong', 'new', 'old', 'big', 'whole', 'quite', 'pretty', 'enough', 'anyway',
  ].map(stem),
);

/**
 * Everyday English (and Welsh) words a slip-corrector could mistake for a need word ("still" and "skill", "failing" and
 * "falling"): real words, so they are only ever read as another form of a vocabulary word, never as a different one.
 */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set([
  ...CONVERSATION_FILLER,
  ...[
    'fail', 'fails', 'failing', 'failed', 'fill', 'filling', 'filled', 'tell', 'telling', 'call', 'calling', 'called',
    'talk', 'talking', 'walk', 'walking', 'wall', 'hall', 'ball', 'tall', 'fella', 'fellow', 'skin', 'sell', 'selling',
    'bill', 'bills', 'will', 'well', 'fine', 'find', 'mind', 'kind', 'worry', 'worried', 'worrying', 'scared',
    'frightened', 'struggle', 'struggling', 'manage', 'managing', 'cope', 'coping', 'house', 'home', 'room', 'flat',
    'school', 'work', 'wife', 'husband', 'partner', 'son', 'daughter', 'mother', 'father', 'brother', 'sister',
    'friend', 'neighbour', 'speaking', 'speak', 'spoke', 'talked', 'waiting', 'wait', 'money',
    // Everyday Welsh a slip-corrector could take for a need word ("deall", understand, is not "dall", blind).
    'deall', 'dallt', 'gwybod', 'meddwl', 'gallu', 'gweld', 'siarad', 'dweud', 'gwneud', 'rhywun', 'pawb',
  ].map(stem),
]);
