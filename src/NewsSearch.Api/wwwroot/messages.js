// The API's problems (RFC 9457, English) in the Arabic a reader of the page expects: one sentence per problem,
// chosen by the parameter it names and the kind of message. An unknown message still gets an Arabic sentence.
import { numbers } from './format.js';

const QUERY = [
  [/is empty/, () => 'اكتب كلمة أو أكثر للبحث.'],
  [/longer than (\d+)/, (m) => `نص البحث أطول من ${numbers.format(Number(m[1]))} حرف؛ اختصره.`],
  [/quote is not closed/, () => 'في نص البحث علامة تنصيص (") لم تُغلق.'],
  [/ends where a word was expected/, () => 'ينتهي نص البحث بعامل (مثل OR أو NOT) أو بقوس لم يُغلق؛ أكمله بكلمة.'],
  [/cannot start with \* or \?/, () => 'لا تبدأ كلمة بـ * أو ?؛ ضع حروفاً قبلهما.'],
  [/would match too many words/, () => 'البادئة قصيرة فتطابق كلمات كثيرة جداً؛ ضع ثلاثة حروف على الأقل قبل * أو ?.'],
  [/more than .* \* or \?/, () => 'في نص البحث علامات * أو ? كثيرة؛ قلّلها.'],
  [/too short for ~/, () => 'الكلمة قصيرة على البحث التقريبي (~).'],
  [/nests brackets/, () => 'الأقواس متداخلة بعمق كبير؛ بسّط نص البحث.'],
  [/regular expression/, () => 'العلامة / تبدأ تعبيراً نمطياً لا يدعمه البحث؛ ضع النص بين علامتي تنصيص أو احذفها.'],
  [/expands to more than|more than \d+ words with/, () => 'نص البحث يتسع لكلمات كثيرة جداً؛ ضيّقه.'],
  [/no word to search for/, () => 'لا كلمة يُبحث عنها (كلمات شائعة أو علامات فقط).'],
  [/date range starts on/, () => 'تاريخ البداية بعد تاريخ النهاية.'],
  [/filters cannot be negated/, () => 'لا يُنفى مرشح المصدر أو التاريخ ولا يُجمع بـ OR؛ اذكر المصادر المطلوبة.'],
  [/filters apply to the whole query/, () => 'مرشحات المصدر والتاريخ تنطبق على البحث كله؛ ضعها خارج الأقواس.'],
  [/person:/, () => 'الاسم بعد person: ليس في قائمة الأشخاص أو يطابق أكثر من شخص.'],
  [/unexpected '(.+)' at character (\d+)/, (m) => `صيغة البحث غير صحيحة: «${m[1]}» في غير موضعه (الحرف ${numbers.format(Number(m[2]))}).`],
  [/malformed query/, () => 'صيغة البحث غير صحيحة.'],
];

const PARAMETERS = {
  q: (message) => firstMatch(QUERY, message) ?? 'نص البحث غير صالح.',
  page: (message) => (/page × size/.test(message)
    ? `لا تُعرض النتائج بعد الألف الأولى؛ اختر صفحة أقرب أو ضيّق البحث.`
    : 'رقم الصفحة غير صالح.'),
  size: () => 'عدد النتائج في الصفحة بين 1 و100.',
  from: (message) => (/after/.test(message) ? 'تاريخ البداية بعد تاريخ النهاية.' : 'تاريخ البداية غير صالح (سنة-شهر-يوم).'),
  to: () => 'تاريخ النهاية غير صالح (سنة-شهر-يوم).',
  sort: () => 'الترتيب: الأقرب صلة أو الأحدث أو الأقدم.',
  person: (message) => (/more than one person|belongs to/.test(message)
    ? 'الاسم يطابق أكثر من شخص في القائمة؛ اكتب الاسم كاملاً.'
    : /required|not a name|no letters/.test(message) ? 'اكتب اسم شخص.' : 'اسم الشخص غير صالح.'),
};

const STATUS = {
  404: 'لم يُعثر على المطلوب.',
  413: 'الطلب أكبر من المسموح.',
  503: 'استغرق البحث وقتاً أطول من المسموح؛ ضيّق البحث وأعد المحاولة.',
};

function firstMatch(rules, message) {
  for (const [pattern, say] of rules) {
    const match = pattern.exec(message ?? '');
    if (match) return say(match);
  }
  return null;
}

export function problemInArabic(problem, status) {
  for (const [name, messages] of Object.entries(problem?.errors ?? {})) {
    if (PARAMETERS[name]) return PARAMETERS[name](messages[0] ?? '');
  }
  return STATUS[status] ?? (status >= 500 ? 'حدث خطأ في الخادم؛ أعد المحاولة بعد قليل.' : 'تعذّر تنفيذ الطلب.');
}

export async function fetchJson(path, params) {
  let response;
  try {
    response = await fetch(params ? `${path}?${params}` : path, { headers: { Accept: 'application/json' } });
  } catch {
    throw new Error('تعذّر الاتصال بالخادم.');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(problemInArabic(body, response.status));
    error.detail = body?.detail ?? '';
    throw error;
  }
  return body;
}
