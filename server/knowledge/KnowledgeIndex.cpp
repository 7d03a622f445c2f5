#include "knowledge/KnowledgeIndex.h"

#include "core/TextNormalizer.h"
#include "knowledge/WordFamilies.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace concierge::knowledge {

namespace {

constexpr double kKeywordWeight = 2.0;
constexpr double kQuestionWeight = 1.0;
constexpr double kAnswerWeight = 0.3;
constexpr double kFuzzyQuality = 0.8;
constexpr double kStemQuality = 0.6;
constexpr double kOtherLanguageFactor = 0.65;
// A question word decides between rows on the same subject ("combien" picks the fees row, not the enrolment one):
// the concept terms it gives count this many times a subject word.
constexpr double kConceptBoost = 2.0;
constexpr double kOffSubjectFactor = 0.5;

const QString kWhere = QStringLiteral("where");
const QString kPrice = QStringLiteral("price");
const QString kTime = QStringLiteral("time");

QString stem(const QString &token)
{
    // French and English plurals: "horaires" -> "horaire", "times" -> "time"; enough with fuzzy matching on top.
    if (token.size() > 3 && (token.endsWith(QLatin1Char('s')) || token.endsWith(QLatin1Char('x'))) &&
        !token.endsWith(QLatin1String("ss")) && !token.endsWith(QLatin1String("us")))
        return token.chopped(1);
    return token;
}

qsizetype commonPrefix(const QString &a, const QString &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i < n && a.at(i) == b.at(i))
        ++i;
    return i;
}

// "Where" decides between answers ("c'est où la paroisse ?") but its French spelling, once accents are stripped, is
// the stop word "ou" (or): it is recognised before, with Wolof "fan", the words of addresses and of finding one's way
// ("comment venir", "how do I get to"), as the concept term "where" that questions and answers share.
bool asksWhere(const QString &text, const QStringList &tokens)
{
    static const QRegularExpression where(QStringLiteral("(?<!\\p{L})o[ùÙ](?!\\p{L})"),
                                          QRegularExpression::CaseInsensitiveOption);
    // Without its accent "ou" is "or", except where only "where" fits: "c'est ou", "se trouve ou ?", "ou est".
    static const QRegularExpression plainWhere(
        QStringLiteral("\\b(c|c est|est|sont|trouve|situe|situee|etes|ca|nekk)\\s+ou\\b|\\bou\\s*(\\?|$)|"
                       "^\\W*ou\\b|\\bou (est|se|sont|c|ca|etes|vous|exactement)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QSet<QString> placeWords = TextNormalizer::wordSet(
        "fan where adresse address situe situee situes located location localisation avenue itineraire directions "
        "parking garer quartier rejoindre maps gps loin far near proche pres cote");
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        const QString next = i + 1 < tokens.size() ? tokens.at(i + 1) : QString();
        if (placeWords.contains(t) || (t == QLatin1String("get") && next == QLatin1String("to")) ||
            (i > 0 && tokens.at(i - 1) == QLatin1String("comment") &&
             (t == u"venir" || t == u"aller" || t == u"trouver")))
            return true;
    }
    const QString head = text.left(2000);
    return head.contains(where) || TextNormalizer::stripAccents(head).simplified().contains(plainWhere);
}

// What a question asks for ("combien", "how much": a price) and what an answer gives ("10 000 FCFA", "frais") meet in
// one concept term, so that the question word decides between two rows about the same subject ("C'est combien
// l'inscription ?": the fees row, not the enrolment one). "combien de temps" asks for a duration, not a price.
bool mentionsPrice(const QStringList &tokens)
{
    static const QSet<QString> priceWords = TextNormalizer::wordSet(
        "prix price cout couts cost costs coute coutent fee fees frais tarif tarifs payer paye paie paient payant "
        "payante gratuit free pay fcfa offrande");
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        if (priceWords.contains(t))
            return true;
        const QString next = i + 1 < tokens.size() ? tokens.at(i + 1) : QString();
        if (t == QLatin1String("combien") && next != QLatin1String("de") && next != QLatin1String("temps"))
            return true;
        if (t == QLatin1String("how") && next == QLatin1String("much"))
            return true;
    }
    return false;
}

// "Quand", "à quelle heure", "what time" ask for a time; an answer that gives hours ("18h30", "9 am") offers one.
bool mentionsTime(const QString &text, const QStringList &tokens)
{
    static const QSet<QString> durationWords = TextNormalizer::wordSet("dure durent duree long");
    static const QRegularExpression clock(QStringLiteral("\\b\\d{1,2} ?(h|am|pm)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        if (WordFamilies::isTimeWord(t) || (durationWords.contains(t) && t != u"long") ||
            (t == u"long" && i > 0 && tokens.at(i - 1) == u"how") ||
            (t == u"temps" && i > 0 && tokens.at(i - 1) == u"de"))
            return true;
    }
    return text.left(2000).contains(clock);
}

// A question's subject: stop words and words that only ask "when" dropped, plurals and forms folded.
QString subjectTerm(const QString &token)
{
    if (token.size() < 2 || TextNormalizer::isStopWord(token) || WordFamilies::isTimeWord(token))
        return {};
    if (const QString family = WordFamilies::familyOf(token); !family.isEmpty())
        return family;
    const QString s = stem(token);
    const QString family = WordFamilies::familyOf(s);
    return family.isEmpty() ? s : family;
}

} // namespace

QStringList KnowledgeIndex::terms(const QString &text)
{
    QStringList out;
    QSet<QString> seen;
    const QStringList tokens = TextNormalizer::tokens(text);
    const auto add = [&out, &seen](const QString &term) {
        if (!term.isEmpty() && !seen.contains(term)) {
            seen.insert(term);
            out.append(term);
        }
    };
    if (asksWhere(text, tokens))
        add(kWhere);
    if (mentionsPrice(tokens))
        add(kPrice);
    if (mentionsTime(text, tokens))
        add(kTime);
    for (const QString &t : tokens)
        add(subjectTerm(t));
    return out;
}

bool KnowledgeIndex::isConceptTerm(const QString &term)
{
    return term == kWhere || term == kPrice || term == kTime;
}

KnowledgeIndex::KnowledgeIndex(const QList<store::FaqRow> &rows)
{
    QHash<QString, int> documentFrequency;
    QHash<QString, int> answerFrequency;
    for (const store::FaqRow &row : rows) {
        Entry e;
        e.row = row;
        const auto add = [&e](const QString &text, double weight) {
            for (const QString &t : terms(text)) {
                double &w = e.termWeights[t];
                w = std::max(w, WordFamilies::isQualifier(t) ? std::min(weight, kQuestionWeight) : weight);
            }
        };
        add(row.answer, kAnswerWeight);
        add(row.question, kQuestionWeight);
        add(row.keywords.join(QLatin1Char(' ')), kKeywordWeight);
        // Rarity counts the rows that are about a term (question, keywords): answers are long and mention in
        // passing words that other rows are about ("au secrétariat"), which would make every such word common.
        for (auto it = e.termWeights.cbegin(); it != e.termWeights.cend(); ++it)
            ++(it.value() > kAnswerWeight ? documentFrequency : answerFrequency)[it.key()];
        m_languages.insert(row.language);
        m_rows.append(e);
    }
    const double n = std::max<double>(1, double(rows.size()));
    for (auto it = documentFrequency.cbegin(); it != documentFrequency.cend(); ++it)
        m_idf.insert(it.key(), 1.0 + std::log(n / it.value()));
    for (auto it = answerFrequency.cbegin(); it != answerFrequency.cend(); ++it) {
        if (!m_idf.contains(it.key()))
            m_idf.insert(it.key(), 1.0 + std::log(n / it.value()));
    }
}

QHash<QString, double> KnowledgeIndex::expandQueryTerm(const QString &term) const
{
    // Index terms this question word stands for, with how sure we are: exact, a typo away, or the same stem
    // ("inscrire" / "inscription").
    QHash<QString, double> out;
    if (m_idf.contains(term))
        out.insert(term, 1.0);
    if (term.size() < 4)
        return out;
    for (auto it = m_idf.cbegin(); it != m_idf.cend(); ++it) {
        const QString &candidate = it.key();
        if (candidate == term || candidate.size() < 4)
            continue;
        if (TextNormalizer::fuzzyEquals(term, candidate))
            out.insert(candidate, kFuzzyQuality);
        else if (const qsizetype common = commonPrefix(term, candidate);
                 common >= 5 || (common >= 4 && common * 4 >= std::min(term.size(), candidate.size()) * 3))
            out.insert(candidate, kStemQuality);
    }
    return out;
}

QList<FaqMatch> KnowledgeIndex::search(const QString &question, const QString &language, int limit) const
{
    // A question is a few words: past the first kMaxQueryTerms distinct terms a text is a letter, not a question,
    // and looking every further word up (each against every index term) would only cost time.
    QList<QueryTerm> query;
    bool hasSubject = false;
    for (const QString &t : terms(question).mid(0, kMaxQueryTerms)) {
        QueryTerm q;
        q.subject = !isConceptTerm(t) && !WordFamilies::isQualifier(t);
        hasSubject = hasSubject || q.subject;
        if (!isConceptTerm(t))
            q.candidates = expandQueryTerm(t);
        else if (m_idf.contains(t)) // a concept is a word of its own: no typo or stem of it
            q.candidates.insert(t, kConceptBoost);
        query.append(std::move(q));
    }
    // Rows in Wolof do not exist: a question in a language no row is written in prefers none.
    const bool preferLanguage = !language.isEmpty() && m_languages.contains(language);

    QList<FaqMatch> matches;
    for (const Entry &e : m_rows) {
        double score = 0;
        double subjectScore = 0;
        for (const QueryTerm &q : std::as_const(query)) {
            const double best = bestMatch(e, q.candidates);
            score += best;
            subjectScore += q.subject ? best : 0;
        }
        if (score <= 0)
            continue;
        // What a question asks for (a time, a price) and when (Saturday) choose between rows about its subject;
        // a row that shares only those with a question is not about what it asks.
        if (hasSubject && subjectScore <= 0)
            score *= kOffSubjectFactor;
        if (preferLanguage && e.row.language != language)
            score *= kOtherLanguageFactor;
        matches.append(FaqMatch{e.row, score});
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const FaqMatch &a, const FaqMatch &b) { return a.score > b.score; });
    if (limit >= 0 && matches.size() > limit)
        matches.resize(limit);
    return matches;
}

double KnowledgeIndex::bestMatch(const Entry &entry, const QHash<QString, double> &candidates) const
{
    double best = 0;
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
        const auto w = entry.termWeights.constFind(it.key());
        if (w != entry.termWeights.cend())
            best = std::max(best, it.value() * *w * m_idf.value(it.key()));
    }
    return best;
}

} // namespace concierge::knowledge
