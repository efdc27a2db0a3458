// Word lists the engine uses as one signal among several: function words (prose is dense with them,
// page furniture is not), picture agencies, journalists' roles, social networks. English first, with
// the commonest function words of a few other languages so their prose reads as prose too.

/** Function words by language. Prose is 30-50% function words; menus, labels and headlines far fewer. */
const FUNCTION_WORDS: Record<string, string> = {
  en: `a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just me more most my no nor
    not now of off on once only or other our ours out over own said same says she should so some such
    than that the their theirs them then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours yet may might
    must shall since though whether per via among amid despite within without according told`,
  ar: `في من على إلى الى عن مع أن ان إن التي الذي الذين هذا هذه ذلك تلك كان كانت قد لا لم لن ما هو هي
    هم بعد قبل بين حتى أو او ثم كما عند منذ خلال أي وقال وأضاف وفي ومن وعلى كل غير لكن إذا اذا حيث`,
  fr: `le la les un une des du de et est en que qui dans pour pas sur au aux avec par plus ne se ce il
    elle ils sont été être a ont mais ou où son sa ses leur`,
  es: `el la los las un una unos de del y en que es por con para se no al lo su sus como más pero fue
    ha han este esta entre sobre también`,
  de: `der die das den dem des ein eine einer und ist in zu mit von auf für nicht sich es im dass wie
    auch an bei nach aus hat wird sind war als oder aber`,
  it: `il lo la i gli le un una di del della e è in che per con non si al dei da sono ha anche come`,
  pt: `o a os as um uma de do da dos das e é em que para com não se por no na ao mais foi como mas`,
};

export const FUNCTION_WORD_SETS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words.split(/\s+/))]),
);

/** Picture agencies and wires: a credit naming one is a strong sign of a caption. Lower case. */
export const AGENCIES: ReadonlySet<string> = new Set([
  'aap',
  'afp',
  'alamy',
  'anadolu',
  'anadolu agency',
  // South Asian wires: India's PTI, IANS and ANI, Bangladesh's BSS.
  'ani',
  'bss',
  'ians',
  'pti',
  'ansa',
  'ap',
  'ap photo',
  'associated press',
  'bloomberg',
  'dpa',
  'efe',
  'epa',
  'epa-efe',
  'getty',
  'getty images',
  'handout',
  'imago',
  'irna',
  'kcna',
  'kyodo',
  'nurphoto',
  'pa',
  'pa media',
  'pa wire',
  'picture alliance',
  'pool',
  'reuters',
  'ria novosti',
  'sana',
  'shutterstock',
  'sipa',
  'sopa',
  'tass',
  'upi',
  'wafa',
  'xinhua',
  'yonhap',
  'zuma',
]);

/** Social networks and sharing targets: a line of nothing else is a share bar. Lower case. */
export const SHARE_TARGETS: ReadonlySet<string> = new Set([
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'linkedin',
  'reddit',
  'telegram',
  'pinterest',
  'email',
  'e-mail',
  'mail',
  'messenger',
  'flipboard',
  'threads',
  'bluesky',
  'tumblr',
  'instagram',
  'youtube',
  'tiktok',
  'print',
  'copy',
  'link',
  'copy link',
  'share',
  'sms',
  'vk',
  'weibo',
  'wechat',
  'line',
  'viber',
  'snapchat',
  'mastodon',
]);

/** Words of a journalist's role line under a byline name: `Political correspondent`, `BBC News`. */
export const ROLE_WORDS =
  /\b(?:correspondent|editor|reporter|writer|columnist|analyst|contributor|journalist|staff|producer|chief|bureau|news|desk|presenter|commentator|critic|freelance|special to)\b/i;

/**
 * Common given names across the languages of the news, lower case: a short line of capitalised words
 * that opens with one is likely a byline (`Jane Doe`) rather than a headline (`Oil Prices Surge`).
 * One signal among several, used only where a line is otherwise ambiguous.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `aaron abdul abdullah adam adrian ahmad ahmed aisha alan alex alexander alexandra ali alice alicia
  amal amanda amina amira amir amy ana andrea andreas andrew andy angela anna anne anthony anton
  antonio arjun ashley ayesha barbara ben benjamin bernard beth bilal bill bob brian bruce carl carla
  carlos carmen caroline catherine charles charlotte chris christian christina christine christopher
  claire claudia daniel dalia dan david deborah diana diego dmitry dominic donald dorothy ed edward
  elena eli elias elizabeth ella emily emma eric esther eva farah fatima felix fernando frances
  francesca francis frank freya gabriel gary george georgia grace greg hana hannah hans hassan
  helen henry hiroshi hugo hussein ian idris ibrahim ines ingrid isaac isabel isabella ivan jack
  jacob james jamie jan jane janet jason javier jean jennifer jessica jim joan joe john jonas jonathan
  jorge jose joseph josh juan julia julian karen karim kate katherine kenji kevin khalid laila laura
  layla leila leo lina linda lisa liu lucas lucia luis luke mahmoud maria mariam marie mark marco
  marek martin mary mateo matthew maeve maya mei michael michelle miguel mohamed mohammed muhammad
  mustafa nadia naomi natalia natasha nicholas nick nikos nina noah noor nora olga oliver omar oscar
  pablo paul paula peter philip pierre rachel rafael rania rebecca richard robert roberto rosa ryan
  sam samir samuel sara sarah sebastian sergei simon sofia sophie stefan stephen steven susan tariq
  thomas tim tom tomas tony victor victoria vladimir wang william yasmin yusuf yuki zainab zhang`.split(
    /\s+/,
  ),
);

/**
 * Labels of the summary box some pages set between the headline and the copy (`Key Points`,
 * `Highlights`). Lower case. One signal: the box-label rule (classify.ts) also asks for the place.
 */
export const SUMMARY_LABELS: ReadonlySet<string> = new Set([
  'key points',
  'highlights',
  'story highlights',
  'key takeaways',
  'takeaways',
  'summary',
  'in brief',
  'in short',
  'at a glance',
  'the gist',
  'what to know',
  'quick read',
]);
