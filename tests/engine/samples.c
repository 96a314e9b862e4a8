/* samples.c: sentences in each script the leaflet uses, with the hard
 * cases of each: Arabic joining and lam-alef, Persian ZWNJ, Pashto
 * letters that have no presentation forms (ګ ځ څ ړ ږ ښ), Thai tone marks
 * over upper vowels, Devanagari conjuncts and the reordered i-matra,
 * ideographs with high component glyph ids (贩, 的), Vietnamese stacked
 * diacritics. */
#include <config.h>

#include <string.h>

#include "doc_tree.h"
#include "samples.h"
#include "tmpl.h"

const struct sample samples[] = {
	{ "fr", "Vous avez des droits", "De l’aide existe",
	  "Si vous êtes victime de la traite des êtres humains, vous pouvez "
	  "recevoir une aide gratuite et confidentielle. Vous avez 45 jours "
	  "pour vous reposer et décider.",
	  "Un lieu sûr pour dormir.", "Un interprète, gratuitement." },
	{ "ru", "Ваши права", "Помощь существует",
	  "Если вы стали жертвой торговли людьми, вы можете бесплатно "
	  "получить помощь. У вас есть 45 дней, чтобы отдохнуть и принять "
	  "решение.",
	  "Безопасное место для сна.", "Бесплатный переводчик." },
	{ "vi", "Quyền của bạn", "Có sự giúp đỡ",
	  "Nếu bạn là nạn nhân của nạn buôn người, bạn có thể được giúp đỡ "
	  "miễn phí. Bạn có 45 ngày để nghỉ ngơi và quyết định.",
	  "Một nơi an toàn để ngủ.", "Người phiên dịch miễn phí." },
	{ "ar", "حقوقك", "المساعدة موجودة",
	  "إذا كنت ضحية للاتجار بالبشر، يمكنك الحصول على المساعدة مجانًا. "
	  "الشرطة (Europol) تحميك. لديك 45 يومًا للراحة واتخاذ القرار.",
	  "مكان آمن للنوم.", "مترجم مجاني." },
	{ "fa", "حقوق شما", "کمک وجود دارد",
	  "اگر قربانی قاچاق انسان هستید، می‌توانید به‌طور رایگان کمک "
	  "دریافت کنید. شما ۴۵ روز فرصت دارید تا استراحت کنید و تصمیم "
	  "بگیرید.",
	  "یک جای امن برای خواب.", "مترجم رایگان." },
	{ "ps", "ستاسو حقونه", "مرسته شته",
	  "که تاسو د انسانانو د قاچاق ښکار یاست، تاسو ته وړیا مرسته "
	  "شته. ګړندۍ مرسته، ځای، څارنه او ږغ: ګ ځ څ ړ ږ ښ.",
	  "د خوب لپاره یو خوندي ځای.", "وړیا ژباړونکی." },
	{ "th", "สิทธิของคุณ", "มีความช่วยเหลือ",
	  "หากคุณเป็นเหยื่อของการค้ามนุษย์ คุณสามารถขอความช่วยเหลือได้ฟรี "
	  "คุณมีเวลา 45 วันเพื่อพักผ่อนและตัดสินใจ",
	  "ที่พักที่ปลอดภัย", "ล่ามฟรี" },
	{ "hi", "आपके अधिकार", "सहायता उपलब्ध है",
	  "यदि आप मानव तस्करी के शिकार हैं, तो आपको मुफ़्त सहायता मिल "
	  "सकती है। आपके पास आराम करने और निर्णय लेने के लिए 45 दिन हैं।",
	  "सोने के लिए एक सुरक्षित स्थान।", "मुफ़्त दुभाषिया।" },
	{ "zh", "您的权利", "我们可以帮助您",
	  "如果您是人口贩卖的受害者，您可以获得免费的帮助。您有45天的时间"
	  "休息并作出决定。",
	  "安全的住处。", "免费的翻译。" },
	{ "ti", "መሰልካ", "ሓገዝ ኣሎ",
	  "ግዳይ ዘይሕጋዊ ንግዲ ሰባት እንተ ኾንካ፡ ብነጻ ሓገዝ ክትረክብ ትኽእል ኢኻ። "
	  "ንኸተዕርፍን ክትውስንን 45 መዓልቲ ኣለካ።",
	  "ውሑስ መደቀሲ ቦታ።", "ብነጻ ተርጓሚ።" },
	{ "bn", "আপনার অধিকার", "সাহায্য আছে",
	  "আপনি যদি মানব পাচারের শিকার হন, তাহলে বিনামূল্যে সাহায্য পেতে "
	  "পারেন। বিশ্রাম ও সিদ্ধান্ত নেওয়ার জন্য আপনার 45 দিন আছে।",
	  "ঘুমানোর জন্য নিরাপদ জায়গা।", "বিনামূল্যে দোভাষী।" },
	{ "ur", "آپ کے حقوق", "مدد موجود ہے",
	  "اگر آپ انسانی اسمگلنگ کا شکار ہیں تو آپ کو مفت مدد مل سکتی ہے۔ "
	  "آپ کے پاس آرام کرنے اور فیصلہ کرنے کے لیے 45 دن ہیں۔",
	  "سونے کے لیے محفوظ جگہ۔", "مفت مترجم۔" },
};

const size_t nsamples = sizeof(samples) / sizeof(samples[0]);

const struct sample *
sample_find(const char *lang)
{
	size_t i;

	for (i = 0; i < nsamples; i++)
		if (strcmp(samples[i].lang, lang) == 0)
			return &samples[i];
	return NULL;
}

static struct doc_block *
add_text(struct doc *d, struct doc_block *parent, enum doc_block_kind k,
    const char *text)
{
	struct doc_block *b = doc_block_add(d, parent, k);

	doc_span_add(d, b, text, SPAN_PLAIN);
	return b;
}

struct doc *
sample_doc_plain(const struct sample *s)
{
	struct doc *d = doc_new(s->lang);

	d->title = doc_strdup(d, s->title);
	add_text(d, d->root, DOC_TITLE, s->title);
	add_text(d, d->root, DOC_PARAGRAPH, s->paragraph);
	return d;
}

struct doc *
sample_doc(const struct sample *s)
{
	struct doc *d = doc_new(s->lang);
	const struct sample *fr = sample_find("fr");
	struct doc_block *b, *l, *cols, *col, *t, *row;
	struct doc_span *sp;

	d->title = doc_strdup(d, s->title);
	d->subject = doc_strdup(d, "thbdoc engine sample");
	d->author = doc_strdup(d, "thbdoc");
	add_text(d, d->root, DOC_TITLE, s->title);
	add_text(d, d->root, DOC_HEADING, s->heading)->level = 1;
	b = add_text(d, d->root, DOC_PARAGRAPH, s->paragraph);
	doc_span_add(d, b, " ", SPAN_PLAIN);
	doc_span_add(d, b, "45", SPAN_STRONG);
	l = doc_block_add(d, d->root, DOC_LIST);
	add_text(d, l, DOC_ITEM, s->item1);
	add_text(d, l, DOC_ITEM, s->item2);
	b = doc_block_add(d, d->root, DOC_BOX);
	b->style = doc_strdup(d, "contact");
	b->look = tmpl_look(b->style);
	doc_span_add(d, b, "PAG-ASA, Bruxelles: ", SPAN_STRONG);
	sp = doc_span_add(d, b, "02 511 64 64", SPAN_NOBREAK);
	sp->link = doc_strdup(d, "tel:+3225116464");
	doc_span_add(d, b, " \xE2\x80\x94 ", SPAN_PLAIN);
	/* A name from a case file, with a stray right-to-left override that
	 * must not reorder the sentence. */
	doc_span_add(d, b, "\xE2\x80\xAEMaria Popescu", SPAN_USER_DATA);
	cols = doc_block_add(d, d->root, DOC_COLUMNS);
	col = doc_block_add(d, cols, DOC_COLUMN);
	add_text(d, col, DOC_PARAGRAPH, s->item1);
	col = doc_block_add(d, cols, DOC_COLUMN);
	col->lang = doc_strdup(d, "fr");
	add_text(d, col, DOC_PARAGRAPH, fr->item1);
	t = doc_block_add(d, d->root, DOC_TABLE);
	row = doc_block_add(d, t, DOC_ROW);
	add_text(d, row, DOC_CELL, s->heading);
	doc_span_add(d, doc_block_add(d, row, DOC_CELL), "02 511 64 64",
	    SPAN_NOBREAK);
	row = doc_block_add(d, t, DOC_ROW);
	add_text(d, row, DOC_CELL, s->item2);
	doc_span_add(d, doc_block_add(d, row, DOC_CELL), "03 201 16 90",
	    SPAN_NOBREAK);
	b = add_text(d, d->root, DOC_FIELD, s->heading);
	b->name = doc_strdup(d, "signature");
	b->height = 48;	/* as the templates set it: room to sign */
	return d;
}
