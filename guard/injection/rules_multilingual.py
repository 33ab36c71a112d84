"""Injection phrasings in Russian, Arabic, Chinese, Persian, and Turkish beyond the classic one.

The n-gram classifier learnt English jailbreaks from open data; it has seen almost no Russian, Arabic,
Chinese or Persian, and scores "ignore all previous instructions" in those languages at 0.05-0.40.
These rules cover the same families as the English ones (override earlier instructions, reveal the
system prompt, unrestricted persona, switch safety off, never refuse), written from how each
language says them, not from any evaluation set.

Turkish rules match a folded text (lower case, dotted and dotless i merged, ş ğ ç ö ü as s g c o u):
attackers write "ÖNCEKİ TALİMATLARI", "onceki talimatlari" or mix I and İ to slip past a matcher
that respects Turkish casing, and the folded form is the same for all of them.
"""

from __future__ import annotations

import re

_TR_FOLD = str.maketrans(
    {
        "ı": "i",
        "İ": "i",
        "I": "i",
        "ş": "s",
        "Ş": "s",
        "ğ": "g",
        "Ğ": "g",
        "ç": "c",
        "Ç": "c",
        "ö": "o",
        "Ö": "o",
        "ü": "u",
        "Ü": "u",
        "â": "a",
        "î": "i",
        "û": "u",
    }
)


def fold_turkish(text: str) -> str:
    """Lower case with Turkish letters folded to ASCII, and combining dots dropped."""
    return text.translate(_TR_FOLD).lower().replace("\u0307", "")


def _r(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.DOTALL)


# (name, score, pattern, folded): folded patterns are written in the ASCII form of fold_turkish.
PATTERNS: tuple[tuple[str, float, str, bool], ...] = (
    (
        "ru_override_previous",
        0.95,
        r"(?:игнорир\w*|забуд\w*|не\s+обращай\w*\s+внимания\s+на|пренебреги\w*|проигнорир\w*)"
        r"[^.!?\n]{0,40}?(?:инструкци\w*|указани\w*|правил\w*|команд\w*|ограничени\w*|промпт\w*)",
        False,
    ),
    (
        "ru_reveal_system_prompt",
        0.9,
        r"(?:покажи|выведи|раскрой|напиши|повтори|скажи|сообщи)\w*[^.!?\n]{0,40}?"
        r"(?:системн\w*\s+(?:промпт|подсказк|инструкци|сообщени)\w*|скрыт\w*\s+инструкци\w*)",
        False,
    ),
    (
        "ar_override_previous",
        0.95,
        r"(?:تجاهل|تجاهلي|تجاهلوا|انس|انسى|انسي|اهمل|أهمل|لا\s+تلتزم\s+ب)[^.!?\n]{0,40}?"
        r"(?:التعليمات|تعليمات|الأوامر|أوامر|القواعد|قواعد|الإرشادات|التوجيهات)",
        False,
    ),
    (
        "ar_reveal_system_prompt",
        0.9,
        r"(?:اكشف|أظهر|اظهر|اعرض|اكتب|أعطني|اعطني)[^.!?\n]{0,40}?(?:موجه|تعليمات|رسالة)\s+(?:النظام|المخفية)",
        False,
    ),
    (
        "zh_override_previous",
        0.95,
        r"(?:忽略|忽视|无视|忘记|忘掉|不要理会|不要遵守)[^。！？\n]{0,20}?"
        r"(?:指令|指示|说明|规则|提示词|命令|设定|限制)",
        False,
    ),
    (
        "zh_reveal_system_prompt",
        0.9,
        r"(?:显示|输出|告诉我|泄露|打印|给我|重复|透露)[^。！？\n]{0,20}?(?:系统提示|系统指令|系统消息|初始指令|隐藏指令)",
        False,
    ),
    (
        "fa_override_previous",
        0.95,
        r"(?:نادیده\s*بگیر|فراموش\s*کن|توجه\s*نکن|کنار\s*بگذار|اعتنا\s*نکن)[^.!?\n]{0,40}?"
        r"(?:دستورالعمل|دستورات|دستور|قوانین|قواعد|راهنمایی)"
        r"|(?:دستورالعمل|دستورات|دستور|قوانین|قواعد|راهنمایی)[^.!?\n]{0,40}?"
        r"(?:نادیده\s*بگیر|فراموش\s*کن|توجه\s*نکن|کنار\s*بگذار|اعتنا\s*نکن)",
        False,
    ),
    (
        "fa_reveal_system_prompt",
        0.9,
        r"(?:پرامپت|دستورات|پیام)\s+(?:سیستم|سیستمی|پنهان)[^.!?\n]{0,30}?(?:نشان\s*بده|بنویس|بگو|فاش\s*کن)",
        False,
    ),
    # Turkish, folded. "Talimatları unut", "kuralları yok say", "yönergeleri görmezden gel" in any order.
    (
        "tr_override_any_order",
        0.95,
        r"\b(?:onceki|yukaridaki|mevcut|eski|verilen|sistem|tum|butun|sana\s+verilen)\b[^.!?\n]{0,30}?"
        r"\b(?:talimat|kural|yonerge|komut|yonlendirme|kisitlama|direktif|prompt)\w*\b[^.!?\n]{0,20}?"
        r"\b(?:unut|yok\s*say|gormezden\s*gel|dikkate\s*alma|bos\s*ver|atla|cigne|iptal\s*et|gecersiz)(?!m[ae])",
        True,
    ),
    (
        "tr_system_prompt",
        0.9,
        r"\b(?:(?:sistem|gizli|baslangic)\s+(?:istem|talimat|prompt|yonerge)|sistem\s+mesaj)\w*\b[^.!?\n]{0,40}?"
        r"\b(?:goster|yaz|soyle|paylas|ver|acikla|tekrarla|ifsa|dok|listele)",
        True,
    ),
    (
        "tr_unrestricted_persona",
        0.9,
        r"\b(?:kisitlamasiz|sansursuz|filtresiz|kuralsiz|sinirsiz|etik\s+kurallari\s+olmayan|"
        r"kural\s+tanimayan|kisitlama\s+tanimayan|sinir\s+tanimayan|ahlak\s+kurallari\s+olmayan)\b"
        r"[^.!?\n]{0,30}?\b(?:yapay\s+zeka|asistan|model|mod|ai|bot|karakter|versiyon|surum)",
        True,
    ),
    (
        "tr_no_rules",
        0.85,
        r"\b(?:hicbir|artik\s+hicbir|higbir)\s+(?:kural|kisitlama|sinir|filtre|sansur|etik\s+kural)\w*\b"
        r"[^.!?\n]{0,20}?\b(?:yok|olmadan|olmayacak|gecerli\s+degil|tanimiyorsun|tanimayacaksin|uygulama)",
        True,
    ),
    (
        "tr_mode_switch",
        0.9,
        r"\b(?:gelistirici|developer|dan|jailbreak|tanri|god|sinirsiz|kisitlamasiz|sansursuz)\s+mod\w*\b"
        r"[^.!?\n]{0,30}?\b(?:etkin|aktif|ac|acildi|gec|gir|baslat|calistir)",
        True,
    ),
    (
        "tr_disable_safety",
        0.85,
        r"\b(?:guvenlik|icerik|etik|ahlaki|moderasyon)\s+(?:filtre|kural|kisitlama|onlem|politika|sinir|yonerge)\w*\b"
        r"[^.!?\n]{0,30}?\b(?:devre\s*disi|kapat|kaldir|yok\s*say|atla|gormezden\s*gel|unut|askiya\s*al)",
        True,
    ),
    (
        "tr_never_refuse",
        0.8,
        r"\b(?:asla|hicbir\s+zaman|hic\s+bir\s+zaman)\s+(?:reddetme|reddetmeyeceksin|hayir\s+deme|"
        r"uyari\s+verme|geri\s+cevirme)",
        True,
    ),
    (
        "tr_pretend_no_limits",
        0.85,
        r"\b(?:rol\s+yap|gibi\s+davran|oldugunu\s+varsay|farz\s+et|canlandir)\w*\b[^.!?\n]{0,80}?"
        r"\b(?:kural|kisitlama|sinir|filtre|sansur|etik)\w*\s+(?:yok|olmayan|olmadan|tanimayan|umursamayan)",
        True,
    ),
    (
        "tr_lift_restrictions",
        0.9,
        r"\b(?:tum|butun|her\s+turlu|guvenlik|etik|icerik|ahlaki)\s+(?:\w+\s+)?"
        r"(?:politika|kisitlama|kural|filtre|sinir|sansur|yonerge)\w*\s+(?:\S+\s+){0,2}?"
        r"(?:kaldir|gecersiz\s*kil|devre\s*disi|kapat|askiya\s*al|yok\s*say|unut)(?!m[ae])",
        True,
    ),
    (
        "tr_reveal_hidden_instructions",
        0.9,
        r"\b(?:ic|gizli|sistem|baslangic|orijinal|asil)\s+(?:istem|talimat|prompt|yonerge|kural)\w*\s+"
        r"(?:\S+\s+){0,2}?(?:goster|yaz|soyle|paylas|acikla|tekrarla|ifsa\s*et|dok|listele)(?!m[ae])",
        True,
    ),
    (
        "tr_forget_conversation",
        0.9,
        r"\b(?:onceki|yukaridaki|eski)\s+(?:tum\s+)?(?:mesaj|konusma|soylenen|yazilan)\w*\s+"
        r"(?:\S+\s+){0,2}?(?:unut|yok\s*say|gormezden\s*gel|dikkate\s*alma)(?!m[ae])",
        True,
    ),
    (
        "tr_uncensored_output",
        0.85,
        r"\b(?:sansursuz|filtresiz|kisitlamasiz|sinirsiz|kuralsiz)\s+(?:\w+\s+)?"
        r"(?:uret|yaz|cevapla|yanitla|cevap\s+ver|yanit\s+ver|konus|anlat)",
        True,
    ),
    (
        "fake_system_turn",
        0.85,
        r"(?:^|\n)\s*(?:sistem|system|sys|admin|yonetici|administrator|developer|gelistirici)\s*:\s*[^\n]{0,80}?"
        r"\b(?:yetki|dogrulandi|onaylandi|authori[sz]ed|verified|granted|admin\s+access|root|override)",
        True,
    ),
    (
        "ru_unrestricted",
        0.85,
        r"(?:теперь\s+ты|ты\s+теперь|отвеча\w*|ответь|действуй|работаешь)[^.!?\n]{0,40}?"
        r"без\s+(?:\w+\s+)?(?:ограничени|цензур|фильтр|правил)\w*",
        False,
    ),
    (
        "zh_unrestricted",
        0.85,
        r"(?:从现在起|从现在开始|现在)[^。！？\n]{0,15}?(?:没有任何|没有|不受任何|不受|解除)(?:限制|审查|过滤|约束)"
        r"|(?:不加|没有|不受)(?:任何)?(?:审查|限制|过滤)地?(?:回答|回复|输出)",
        False,
    ),
    (
        "ar_unrestricted",
        0.85,
        r"أنت\s+الآن[^.!?\n]{0,40}?(?:بلا|بدون|دون)\s+(?:أي\s+)?(?:قيود|رقابة|حدود)"
        r"|(?:دون|بدون)\s+أي\s+(?:رفض|قيود|رقابة)",
        False,
    ),
    (
        "de_unrestricted",
        0.85,
        r"\b(?:ab\s+jetzt|von\s+nun\s+an|ab\s+sofort)\b[^.!?\n]{0,40}?"
        r"(?:keine\s+(?:Regeln|Einschränkungen|Grenzen|Filter)|ohne\s+(?:jede\s+|alle\s+)?(?:Einschränkung|Regeln|Zensur))"
        r"|\bohne\s+jede\s+(?:Einschränkung|Zensur)",
        False,
    ),
    (
        "es_fr_unrestricted_persona",
        0.85,
        r"\b(?:actúa|actua|compórtate|comportate|eres|finge\s+ser)\b[^.!?\n]{0,30}?"
        r"\bsin\s+(?:restricciones|censura|filtros|límites|limites|reglas)"
        r"|\b(?:agis|comporte-toi|tu\s+es|fais\s+comme)\b[^.!?\n]{0,30}?"
        r"\bsans\s+(?:restrictions?|censure|filtres?|limites?|règles)",
        False,
    ),
    # The same families in English where the shipped rules miss them.
    (
        "en_never_refuse",
        0.8,
        r"\b(?:you\s+(?:will|must|should|shall|can)\s+never|never\s+ever|do\s+not\s+ever|don't\s+ever)\s+"
        r"(?:refuse|decline|say\s+no|reject)\b",
        False,
    ),
    (
        "multilingual_system_prompt_reveal",
        0.85,
        r"\b(?:Systemanweisung\w*|Systemnachricht|instrucciones\s+del?\s+sistema|mensaje\s+del?\s+sistema|"
        r"instructions?\s+(?:du\s+)?syst[eè]me|consignes\s+(?:du\s+)?syst[eè]me|message\s+(?:du\s+)?syst[eè]me)\b",
        False,
    ),
)

# Folded text is already lower case; case-insensitive matching costs about twice the time there.
COMPILED: tuple[tuple[str, float, re.Pattern[str], bool], ...] = tuple(
    (name, score, re.compile(pattern, re.DOTALL) if folded else _r(pattern), folded)
    for name, score, pattern, folded in PATTERNS
)
