#include "core/TextNormalizer.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <cstdlib>

namespace concierge {

namespace {

// SMS and chat spellings seen in French/English WhatsApp messages, keyed by the normalized token.
const QHash<QString, QStringList> &smsTable()
{
    static const QHash<QString, QStringList> table = [] {
        const char *const pairs[][2] = {
            {"slt", "salut"},
            {"bjr", "bonjour"},
            {"bjrs", "bonjour"},
            {"bnjr", "bonjour"},
            {"bsr", "bonsoir"},
            {"stp", "s il te plait"},
            {"svp", "s il vous plait"},
            {"pr", "pour"},
            {"kel", "quel"},
            {"kelle", "quelle"},
            {"kels", "quels"},
            {"kelles", "quelles"},
            {"cmt", "comment"},
            {"cmnt", "comment"},
            {"qd", "quand"},
            {"qnd", "quand"},
            {"kan", "quand"},
            {"tjrs", "toujours"},
            {"tjs", "toujours"},
            {"msg", "message"},
            {"pk", "pourquoi"},
            {"pq", "pourquoi"},
            {"pkoi", "pourquoi"},
            {"jve", "je veux"},
            {"jveu", "je veux"},
            {"jveux", "je veux"},
            {"jvoudrai", "je voudrais"},
            {"jvoudrais", "je voudrais"},
            {"jsuis", "je suis"},
            {"chui", "je suis"},
            {"jai", "j ai"},
            {"g", "j ai"},
            {"koi", "quoi"},
            {"koa", "quoi"},
            {"ki", "qui"},
            {"ke", "que"},
            {"ya", "il y a"},
            {"bb", "bebe"},
            {"tt", "tout"},
            {"tte", "toute"},
            {"dc", "donc"},
            {"pb", "probleme"},
            {"pbm", "probleme"},
            {"rdv", "rendez vous"},
            {"bcp", "beaucoup"},
            {"mtn", "maintenant"},
            {"dmn", "demain"},
            {"auj", "aujourd hui"},
            {"ajd", "aujourd hui"},
            {"cb", "combien"},
            {"cc", "coucou"},
            {"cbien", "combien"},
            {"kt", "catechisme"},
            {"cate", "catechisme"},
            {"kate", "catechisme"},
            {"docs", "documents"},
            {"doc", "document"},
            {"infos", "informations"},
            {"info", "information"},
            {"ds", "dans"},
            {"ns", "nous"},
            {"vs", "vous"},
            {"qqn", "quelqu un"},
            {"qqun", "quelqu un"},
            {"qlq", "quelque"},
            {"mrc", "merci"},
            {"mci", "merci"},
            {"dimanch", "dimanche"},
            {"thx", "thanks"},
            {"pls", "please"},
            {"plz", "please"},
            {"u", "you"},
            {"ur", "your"},
            {"wat", "what"},
            {"wen", "when"},
            {"hw", "how"},
            {"pl", "please"},
            // Wolof words mixed into French requests ("misa bi", "sama doom"), to the French word the services'
            // keywords and the FAQ use. Greetings stay as they are: the router knows them in Wolof.
            {"misa", "messe"},
            {"altine", "lundi"},
            {"talaata", "mardi"},
            {"alarba", "mercredi"},
            {"alxames", "jeudi"},
            {"ajjuma", "vendredi"},
            {"aljuma", "vendredi"},
            {"waxtu", "heure"},
            {"ubbi", "ouvert"},
            {"biro", "bureau"},
            {"bindal", "inscrire"},
            {"bindu", "inscrit"},
            {"naata", "combien"},
            {"fay", "payer"},
            {"kayit", "documents"},
            {"batise", "baptiser"},
            {"sey", "mariage"},
            {"feebar", "malade"},
            {"opital", "hopital"},
            {"doom", "enfant"},
            {"sama", "mon"},
            {"tambali", "commence"},
            {"dibeer", "dimanche"},
            {"gaawu", "samedi"},
            {"ngoon", "soir"},
            {"wootal", "appelez"},
            {"woote", "appeler"},
            {"kenn", "quelqu un"},
            {"nit", "personne"},
            {"yonnee", "envoyer"},
            {"nakk", "manque"},
            {"wax", "parler"},
            {"gaaw", "urgent"},
            {"gaawal", "urgent"},
            {"xale", "enfant"},
            {"samay", "mes"},
            {"takk", "marier"},
            {"tej", "ferme"},
            {"bes", "jour"},
            {"laaj", "question"},
            {"nimero", "numero"},
            {"telefon", "telephone"},
            {"jox", "donner"},
            {"indi", "apporter"},
            {"xam", "savoir"},
            {"leegi", "maintenant"},
            {"baay", "papa"},
            {"yaay", "maman"},
            {"fey", "payer"},
            {"dee", "deces"},
            {"wootel", "appelez"},
            {"katekism", "catechisme"},
            {"katekisme", "catechisme"},
            {"katesism", "catechisme"},
            {"catekism", "catechisme"},
            {"cathe", "catechisme"},
            {"qlq1", "quelqu un"},
            {"qq1", "quelqu un"},
            {"jpeux", "je peux"},
            {"jpe", "je peux"},
            {"jsais", "je sais"},
            {"jsui", "je suis"},
        };
        QHash<QString, QStringList> t;
        for (const auto &p : pairs)
            t.insert(QString::fromLatin1(p[0]), QString::fromLatin1(p[1]).split(QLatin1Char(' ')));
        return t;
    }();
    return table;
}

// Wolof has several spellings in use: the official one ("bëgg", "waxtu", "ñaata", "doom") and French-style ones
// ("beug", "wakhtou", "niata", "dom"). A spelling key folds them together: kh -> x, ou -> u, gn/ny/ni+vowel -> n,
// dj -> j, eu -> e, a final "gue"/"e" dropped, double letters single. Linear in the word's length.
QString wolofKey(const QString &token)
{
    QString k = token;
    k.replace(QLatin1String("kh"), QLatin1String("x"))
        .replace(QLatin1String("ou"), QLatin1String("u"))
        .replace(QLatin1String("gn"), QLatin1String("n"))
        .replace(QLatin1String("ny"), QLatin1String("n"))
        .replace(QLatin1String("dj"), QLatin1String("j"))
        .replace(QLatin1String("eu"), QLatin1String("e"));
    if (k.startsWith(QLatin1String("ni")) && k.size() > 2 && QStringLiteral("aeou").contains(k.at(2)))
        k.remove(1, 1);
    if (k.size() > 4 && k.endsWith(QLatin1String("gue")))
        k.chop(2);
    else if (k.size() > 3 && k.endsWith(QLatin1Char('e')) && !k.endsWith(QLatin1String("ee")))
        k.chop(1);
    QString out;
    out.reserve(k.size());
    for (const QChar c : std::as_const(k)) {
        if (out.isEmpty() || out.back() != c)
            out += c;
    }
    return out;
}

// Wolof words the routers and the SMS table know, by spelling key. Words whose key is an ordinary French or English
// word or a name ("baay": "bay", "yaay": "yay", "takk": "take", "fay": "Faye", "sey": "Seye") are left out: only
// their own spelling is recognised.
const QHash<QString, QString> &wolofSpellings()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (const char *w :
             {"begg",    "wax",     "waxtu", "doom",  "naata",  "kan",   "fan",    "nekk",   "misa",   "dibeer",
              "gaawu",   "ngoon",   "ubbi",  "biro",  "bindal", "bindu", "kayit",  "batise", "feebar", "opital",
              "tambali", "dafa",    "dama",  "ndax",  "nakk",   "leegi", "xale",   "laaj",   "xam",    "wootal",
              "yonnee",  "jerejef", "ngeen", "lanuy", "nanga",  "waaw",  "deedeet"}) {
            const QString word = QString::fromLatin1(w);
            t.insert(wolofKey(word), word);
        }
        return t;
    }();
    return table;
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        const QString list = QStringLiteral(
            "a au aux avec ce ces c cela ca cet cette d de des du dans elle en et est etre il ils je j l la le les "
            "leur lui ma mais me mes moi mon ne n nous on ou par pas pour qu que qui quoi sa se ses son sur ta te "
            "tes toi ton tu un une vos votre vous y s plait il faut fait faire avoir ai as avez ont suis sont "
            "veux voudrais voudrait veut peux peut pouvez puis svp stp merci bonjour bonsoir salut si tres bien "
            "aussi alors donc comme tout tous toute toutes quel quelle quels quelles est-ce ceci celui "
            "the an and or of to in on at for from with by is are am was were be been it its this that these those "
            "i me my we our you your he she they them his her what which who whom do does did have has had can "
            "could would should will shall please hello hi hey thanks thank into about there here get got want "
            "need like just also");
        QSet<QString> set;
        for (const QString &w : list.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            set.insert(w);
        return set;
    }();
    return words;
}

bool isMark(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

// The letter under a precomposed character's marks ("ǖ" -> "u"), following canonical decompositions only.
QChar baseLetter(QChar c)
{
    while (c.decompositionTag() == QChar::Canonical) {
        const QString parts = c.decomposition();
        if (parts.isEmpty() || parts.at(0).isSurrogate() || parts.at(0) == c)
            break;
        c = parts.at(0);
    }
    return c;
}

} // namespace

bool TextNormalizer::isStopWord(const QString &normalizedToken)
{
    return stopWords().contains(normalizedToken);
}

QString TextNormalizer::stripAccents(const QString &text)
{
    // Character by character rather than QString::normalized(NFD), whose cost grows with the square of the text's
    // length (0.27 s for 65,536 accented letters): this stays linear whatever a message holds.
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            out += c;
            continue;
        }
        if (isMark(c))
            continue;
        switch (c.unicode()) {
        case 0x0153: out += QLatin1String("oe"); break; // œ
        case 0x0152: out += QLatin1String("OE"); break;
        case 0x00E6: out += QLatin1String("ae"); break; // æ
        case 0x00C6: out += QLatin1String("AE"); break;
        case 0x00DF: out += QLatin1String("ss"); break; // ß
        default: out += baseLetter(c);
        }
    }
    return out;
}

QString TextNormalizer::normalize(const QString &text)
{
    const QString plain = stripAccents(text).toLower();
    QString out;
    out.reserve(plain.size());
    bool pendingSpace = false;
    for (const QChar c : plain) {
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingSpace = false;
            out += c;
        } else {
            // apostrophes, hyphens, emoji, punctuation: all word separators
            pendingSpace = true;
        }
    }
    return out;
}

QString TextNormalizer::wolofSpelling(const QString &token)
{
    const auto it = wolofSpellings().constFind(wolofKey(token));
    return it == wolofSpellings().constEnd() ? token : *it;
}

QStringList TextNormalizer::expandSms(const QString &token)
{
    const auto it = smsTable().constFind(token);
    return it == smsTable().constEnd() ? QStringList{token} : *it;
}

QStringList TextNormalizer::tokens(const QString &text)
{
    QStringList out;
    const QString norm = normalize(text);
    const QHash<QString, QStringList> &sms = smsTable();
    for (const QStringView word : QStringView(norm).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString token = word.toString();
        if (!sms.contains(token) && token.size() >= 3 && !isStopWord(token))
            token = wolofSpelling(token);
        const auto it = sms.constFind(token);
        if (it == sms.constEnd())
            out.append(std::move(token));
        else
            out += *it;
    }
    return out;
}

int TextNormalizer::allowedEdits(qsizetype length)
{
    if (length < 4)
        return 0;
    return length < 8 ? 1 : 2;
}

int TextNormalizer::editDistance(QStringView a, QStringView b, int maxDistance)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > maxDistance)
        return maxDistance + 1;
    // Three rolling rows are enough for the transposition case of optimal string alignment; words are short, so
    // they live on the stack.
    QVarLengthArray<int, 3 * 48> rows(3 * (m + 1));
    int *prev2 = rows.data();
    int *prev = prev2 + (m + 1);
    int *cur = prev + (m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > maxDistance)
            return maxDistance + 1;
        int *oldest = prev2;
        prev2 = prev;
        prev = cur;
        cur = oldest;
    }
    return std::min(prev[m], maxDistance + 1);
}

bool TextNormalizer::fuzzyEquals(QStringView a, QStringView b)
{
    if (a == b)
        return true;
    const int allowed = allowedEdits(std::min(a.size(), b.size()));
    if (allowed == 0)
        return false;
    return editDistance(a, b, allowed) <= allowed;
}

} // namespace concierge
