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
  /\b(?:correspondent|editor|reporter|writer|columnist|analyst|contributor|journalist|staff|producer|chief|bureau|news|desk|presenter|commentator|critic|freelance|reporting|in\s+\p{Lu}\p{Ll}+|special\s+to)\b/iu;
