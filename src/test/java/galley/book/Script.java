package galley.book;

import java.util.Random;

/**
 * A writing system the test books are written in, with a small vocabulary of its own, and the way
 * it joins words into sentences (with spaces, or without them as Chinese and Japanese do).
 */
enum Script {
    LATIN("en", true, ".", "Overview", "Details", "Notes", "Chapter %d",
            "river stone light morning garden letter harbour window silver quiet travel evening market bridge "
                    + "winter lantern paper meadow signal orchard station compass ribbon mountain"),
    CYRILLIC("ru", true, ".", "Обзор", "Подробности", "Заметки", "Глава %d",
            "река камень свет утро сад письмо гавань окно серебро тихий дорога вечер рынок мост зима фонарь "
                    + "бумага луг сигнал роща вокзал компас лента гора"),
    GREEK("el", true, ".", "Σύνοψη", "Λεπτομέρειες", "Σημειώσεις", "Κεφάλαιο %d",
            "ποτάμι πέτρα φως πρωί κήπος γράμμα λιμάνι παράθυρο ασήμι ήσυχος ταξίδι βράδυ αγορά γέφυρα "
                    + "χειμώνας φανάρι χαρτί λιβάδι σήμα περιβόλι σταθμός πυξίδα κορδέλα βουνό"),
    JAPANESE("ja", false, "。", "概要", "詳細", "覚え書き", "第%d章",
            "川 石 光 朝 庭 手紙 港 窓 銀 静けさ 旅 夕方 市場 橋 冬 提灯 紙 草原 信号 果樹園 駅 磁石 リボン 山 "
                    + "ひかり かわ さくら"),
    CHINESE("zh", false, "。", "概述", "细节", "笔记", "第%d章",
            "河流 石头 光 早晨 花园 信 港口 窗户 银 安静 旅行 傍晚 市场 桥 冬天 灯笼 纸 草地 信号 果园 车站 罗盘 丝带 山"),
    KOREAN("ko", true, ".", "개요", "세부", "메모", "제%d장",
            "강 돌 빛 아침 정원 편지 항구 창문 은 조용한 여행 저녁 시장 다리 겨울 등불 종이 초원 신호 과수원 역 나침반 리본 산");

    private final String lang;
    private final boolean spaced;
    private final String stop;
    private final String overview;
    private final String details;
    private final String notes;
    private final String chapterWord;
    private final String[] words;

    Script(String lang, boolean spaced, String stop, String overview, String details, String notes,
           String chapterPattern, String words) {
        this.lang = lang;
        this.spaced = spaced;
        this.stop = stop;
        this.overview = overview;
        this.details = details;
        this.notes = notes;
        this.chapterWord = chapterPattern;
        this.words = words.split(" ");
    }

    /** The BCP 47 tag of the script's language. */
    String lang() {
        return lang;
    }

    /** The section headings a chapter in this script uses, made unique by the chapter's number. */
    String overview(int n) {
        return numbered(overview, n);
    }

    String details(int n) {
        return numbered(details, n);
    }

    String notes(int n) {
        return numbered(notes, n);
    }

    /** A chapter title: the word for chapter and the chapter's number, in the script's own order. */
    String chapterTitle(int n, String word) {
        String head = String.format(java.util.Locale.ROOT, chapterWord, n);
        return spaced ? head + ": " + word : head + "　" + word;
    }

    private String numbered(String word, int n) {
        return spaced ? word + " " + n : word + n;
    }

    /** One word of the vocabulary. */
    String word(Random random) {
        return words[random.nextInt(words.length)];
    }

    /** Words joined as the script joins them, {@code count} of them. */
    String phrase(Random random, int count) {
        var out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0 && spaced) {
                out.append(' ');
            }
            out.append(word(random));
        }
        return out.toString();
    }

    /** A sentence of {@code count} words, capitalised where the script has capitals, ended with its full stop. */
    String sentence(Random random, int count) {
        String phrase = phrase(random, count);
        int first = phrase.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(phrase.substring(Character.charCount(first))).append(stop).toString();
    }

    /** What goes between two sentences or pieces of a sentence. */
    String space() {
        return spaced ? " " : "";
    }
}
