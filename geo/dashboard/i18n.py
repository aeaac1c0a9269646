"""The dashboard's words in English and Arabic, and the right-to-left page for Arabic.

The English text is the key: ``t("Filters", "ar")`` gives "عوامل التصفية", and a text with
fields is a template (``t("{n} places on the map.", "ar", n=12)``). A text with no Arabic entry
falls back to English rather than showing nothing; ``tests/test_dashboard_i18n.py`` checks that
every label the layout uses has its entry. Data (place names, excerpts, sources) is never
translated: it is shown as the articles wrote it.
"""
from __future__ import annotations

LANGS = {"en": "English", "ar": "العربية"}

AR: dict[str, str] = {
    # page and sign-in
    "Conflict Atlas": "أطلس النزاعات",
    "Name": "الاسم",
    "Password": "كلمة المرور",
    "Sign in": "تسجيل الدخول",
    "Sign out": "تسجيل الخروج",
    "Signed in as": "مسجّل الدخول باسم",
    "Local operator:": "المشغّل المحلي:",
    "Interface language": "لغة الواجهة",
    "Accounts are made with `atlas users add NAME --role viewer|analyst|admin` (docs/security.md).":
        "تُنشأ الحسابات بالأمر `atlas users add NAME --role viewer|analyst|admin` (docs/security.md).",
    # audit
    "Audit log": "سجل التدقيق",
    "No changes yet.": "لا تغييرات بعد.",
    "Verify the chain": "تحقّق من السلسلة",
    # adding articles
    "Add articles": "إضافة مقالات",
    "Title (optional)": "العنوان (اختياري)",
    "Published": "تاريخ النشر",
    "The date puts the article on the timeline and in the date filters":
        "يضع التاريخ المقال على الخط الزمني وفي مرشحات التاريخ",
    "Source": "المصدر",
    "URL": "الرابط",
    "Paste an article (Arabic or English)": "الصق نص مقال (بالعربية أو الإنجليزية)",
    "Add pasted text": "أضف النص الملصق",
    "Or upload files (txt, html, json, jsonl, csv, rss)": "أو ارفع ملفات (txt, html, json, jsonl, csv, rss)",
    "Add uploaded files": "أضف الملفات المرفوعة",
    # filters
    "Filters": "عوامل التصفية",
    "Article": "المقال",
    "Language": "اللغة",
    "From": "من",
    "To": "إلى",
    "Country": "البلد",
    "Feature type": "نوع المكان",
    "Minimum confidence": "أدنى درجة ثقة",
    "Status": "الحالة",
    "Event type": "نوع الحدث",
    "Actor": "الفاعل",
    "Minimum fatalities": "أدنى عدد للقتلى",
    "Search excerpts, titles, places": "ابحث في المقتطفات والعناوين والأماكن",
    "Map": "الخريطة",
    "Choose options": "اختر",
    "Choose an option": "اختر",
    "Colour markers by": "لوّن العلامات حسب",
    "Heat map": "خريطة حرارية",
    # place panel
    "Place (or click a marker)": "المكان (أو انقر علامة)",
    "1 place in this view. Pick it to read its excerpts and correct it.":
        "مكان واحد في هذا العرض. اختره لقراءة مقتطفاته وتصحيحه.",
    "{n} places in this view. Pick one to read its excerpts and correct it.":
        "{n} مكانًا في هذا العرض. اختر مكانًا لقراءة مقتطفاته وتصحيحه.",
    " The list holds the {k} most mentioned; click a marker, or narrow the view with the sidebar's filters or "
    "search, for the others.":
        " تضم القائمة {k} من الأماكن الأكثر ذكرًا؛ للبقية انقر علامة أو ضيّق العرض بعوامل التصفية أو البحث.",
    "Excerpts: page (of {pages}; {count} mentions, newest first)":
        "المقتطفات: الصفحة (من {pages}؛ {count} إشارة، الأحدث أولًا)",
    "Correct": "تصحيح",
    "Changes are signed {name} in the audit log.": "تُوقَّع التغييرات باسم {name} في سجل التدقيق.",
    "Mention": "الإشارة",
    "Confirm": "تأكيد",
    "Reject": "رفض",
    "Undo": "تراجع",
    "Another candidate": "مرشّح آخر",
    "Use this candidate": "استخدم هذا المرشّح",
    "Search the gazetteer": "ابحث في معجم الأماكن",
    "Found": "النتائج",
    "Use this place": "استخدم هذا المكان",
    "Nothing in the gazetteer by that name.": "لا شيء في معجم الأماكن بهذا الاسم.",
    "Place it where I clicked ({lat}, {lon})": "ضعها حيث نقرت ({lat}، {lon})",
    "Click the map to place this mention by hand.": "انقر الخريطة لوضع هذه الإشارة يدويًا.",
    "Add a place the engine missed in one of these articles": "أضف مكانًا فات المحرّك في أحد هذه المقالات",
    "Name as the article writes it": "الاسم كما يكتبه المقال",
    "Find it in the gazetteer": "ابحث عنه في معجم الأماكن",
    "Add this place": "أضف هذا المكان",
    # events
    "Event": "الحدث",
    "Type": "النوع",
    "Sub-type": "النوع الفرعي",
    "Date (yyyy-mm-dd)": "التاريخ (yyyy-mm-dd)",
    "Fatalities": "القتلى",
    "Actor 1": "الفاعل الأول",
    "Actor 2": "الفاعل الثاني",
    "Happened at": "وقع في",
    "here (unchanged)": "هنا (دون تغيير)",
    "Save event": "احفظ الحدث",
    "Confirm event": "أكّد الحدث",
    "Reject event": "ارفض الحدث",
    # exports and tables
    "Map (HTML, offline)": "الخريطة (HTML، دون اتصال)",
    "GeoJSON": "GeoJSON",
    "CSV": "CSV",
    "ACLED CSV": "ACLED CSV",
    "Share link": "رابط المشاركة",
    "Mentions": "الإشارات",
    "Events": "الأحداث",
    "Timeline": "الخط الزمني",
    "The first {shown} of {total} mentions: narrow the filters, or download the CSV for all of them.":
        "أول {shown} من {total} إشارة: ضيّق عوامل التصفية، أو نزّل ملف CSV لها كلها.",
    "The first {shown} of {total} events: the ACLED CSV holds them all.":
        "أول {shown} من {total} حدثًا: ملف ACLED CSV يضمها كلها.",
    "No dated mentions or events in this view.": "لا إشارات أو أحداث مؤرخة في هذا العرض.",
    "Drag across days to show only them on the map and in the tables (the sidebar's From and To follow); "
    "clear the dates there to see every day again.":
        "اسحب عبر الأيام لعرضها وحدها على الخريطة وفي الجداول (يتبعها حقلا «من» و«إلى» في الشريط الجانبي)؛ "
        "امسح التاريخين هناك لرؤية كل الأيام من جديد.",
    "{n} mentions come from articles with no published date.": "{n} إشارة من مقالات بلا تاريخ نشر.",
    "Loading the table…": "جارٍ تحميل الجدول…",
    "▶ Play week by week": "▶ تشغيل أسبوعًا بأسبوع",
    "■ Stop": "■ إيقاف",
    "Week of {day} ({k} of {n})": "أسبوع {day} ({k} من {n})",
    "Show the table": "اعرض الجدول",
    "Dismiss messages": "أغلق الرسائل",
    "Parsing {what}…": "جارٍ تحليل {what}…",
    "Show them": "اعرضها",
    "Link: ": "الرابط: ",
}

# The tables' column headers (geo.dashboard.views' TABLE_COLUMNS, EVENT_COLUMNS, AUDIT_COLUMNS).
AR_HEADERS: dict[str, str] = {
    "id": "رقم", "status": "الحالة", "as written": "كما كُتب", "place": "المكان", "Arabic": "بالعربية",
    "country": "البلد", "feature": "نوع المكان", "precision": "الدقة", "confidence": "الثقة", "lat": "خط العرض",
    "lon": "خط الطول", "article": "المقال", "source": "المصدر", "published": "النشر", "lang": "اللغة",
    "excerpt": "المقتطف", "type": "نوع الحدث", "sub-type": "النوع الفرعي", "date": "التاريخ",
    "fatalities": "القتلى", "actor 1": "الفاعل الأول", "actor 2": "الفاعل الثاني", "#": "#",
    "when (UTC)": "الوقت (UTC)", "who": "من", "action": "الإجراء", "what": "الهدف",
}


def headers(frame, lang: str | None):
    """A table with its column headers in ``lang`` (the data itself as stored)."""
    return frame.rename(columns=AR_HEADERS) if lang == "ar" else frame


# Right-to-left for the Arabic interface: the sidebar and the text flow from the right; the map
# and the tables of numbers keep their own direction (Leaflet and the grid assume left-to-right).
RTL_CSS = """
<style>
section[data-testid="stSidebar"], [data-testid="stMarkdownContainer"], [data-testid="stCaptionContainer"],
[data-testid="stWidgetLabel"], [data-testid="stExpander"] summary, [data-testid="stAlert"] {
  direction: rtl; text-align: right;
}
section[data-testid="stSidebar"] input, section[data-testid="stSidebar"] textarea { direction: auto; }
</style>
"""


def t(text: str, lang: str | None = "en", **fields: object) -> str:
    """``text`` in ``lang`` (English when there is no entry), with ``fields`` filled in."""
    out = AR.get(text, text) if lang == "ar" else text
    return out.format(**fields) if fields else out


def is_rtl(lang: str | None) -> bool:
    return lang == "ar"
