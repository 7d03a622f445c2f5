#include "ai/OfflineRouter.h"

#include "ai/LanguageDetector.h"
#include "ai/UrgencyDetector.h"
#include "core/TextNormalizer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace concierge::ai {

namespace {

// Greetings (French, English, Wolof with its many spellings), thanks and the polite words around them.
const QSet<QString> &greetingWords()
{
    static const QSet<QString> words = TextNormalizer::wordSet(
        "bonjour bonsoir salut coucou hello hi hey yo salam salamalekum salamaleikum salamalekoum salamaleykoum "
        "salamalaykoum salamaleykum assalamou assalamu aleykoum alaykoum aleikoum alaikum malekum maleykoum "
        "nanga nangadef na nga def naka jamm jam am mangi maangi fi ca va cava comment allez vas tu how are you "
        "good morning evening afternoon bonne journee soiree salaam aleekum aleekoum aleykum asalaa asalaam "
        "asalamaleykum maalekum waalekum waaleykum fanaan beneen yoon maa ngi revoir bye goodbye nuit bientot "
        "salutations cordialement benisse bless amen wa rahmatullah rahmatoulah rahmatulahi barakatuh wabarakatuh "
        "ngeen kanam "
        // Wishes for a feast ("bonne fête", "Joyeux Noël", "Tabaski mubarak").
        "fete fetes joyeux joyeuse heureuse annee happy merry christmas easter noel paques tabaski korite bon apres "
        "midi night day greetings yaa yangi nangeen waa ker ga");
    return words;
}

const QSet<QString> &thanksWords()
{
    static const QSet<QString> words = TextNormalizer::wordSet(
        "merci jerejef jerejeff jerrejef jerejefati thanks thank thx dieuredieuf dieureudieuf diereudieuf djerejef "
        "jerejefe yalla");
    return words;
}

const QSet<QString> &fillerWords()
{
    static const QSet<QString> words = TextNormalizer::wordSet(
        "monsieur madame mademoiselle mon ma pere abbe soeur frere le la les a tous toutes vous toi et mes cher "
        "chere chers beaucoup bien tres infiniment bcp father sister sir madam all everyone much very so and "
        "s il te plait please ndeysaan rek rekk au ba a que dieu god tard plus paroisse eglise equipe parish church "
        "team lot waay wa bu bari lool ci dem suba pour votre vos aide for your help tout toute everything monde l d "
        "de "
        "avance advance in many fin have nice great weekend week semaine dimanche sunday there baax na payer "
        "information informations reponse renseignement "
        // Acknowledgements: with thanks they are thanks ("ok merci"), alone they ask nothing ("ok": the menu).
        "ok okay d accord dacord super parfait cool recu noted");
    return words;
}

bool containsFuzzy(const QSet<QString> &set, const QString &token)
{
    if (set.contains(token))
        return true;
    if (token.size() < 5)
        return false;
    for (const QString &w : set) {
        if (w.size() >= 5 && TextNormalizer::fuzzyEquals(token, w))
            return true;
    }
    return false;
}

// "salutation" for a greeting alone, "remerciement" for thanks alone, empty when the message asks something.
QString smallTalkIntent(const QStringList &tokens)
{
    if (tokens.size() > 8)
        return {}; // a greeting alone is short; spare the fuzzy look-ups
    int greetings = 0;
    int thanks = 0;
    for (const QString &t : tokens) {
        if (containsFuzzy(greetingWords(), t))
            ++greetings;
        else if (containsFuzzy(thanksWords(), t))
            ++thanks;
        else if (!fillerWords().contains(t))
            return {};
    }
    if (greetings > 0)
        return QStringLiteral("salutation");
    return thanks > 0 ? QStringLiteral("remerciement") : QString();
}

// A real question: a question word, or a question mark after a few words ("?" alone or "J'ai une question" ask
// nothing yet).
bool isQuestion(const QString &text, const QStringList &tokens)
{
    // Wolof: "ndax" opens a yes/no question, "lan" (what), "naka" (how), "fan"/"ban" (where/which).
    static const QSet<QString> questionWords = TextNormalizer::wordSet(
        "quand comment combien quel quelle quels quelles pourquoi what when where how which why fan ban ndax lan naka");
    for (const QString &t : tokens) {
        if (questionWords.contains(t))
            return true;
    }
    if (tokens.size() >= 3 && text.trimmed().endsWith(QLatin1Char('?')))
        return true;
    // Questions written without "?": French "est-ce que" and inversion ("avez-vous", "est-il", "y a-t-il", "avez
    // vous"), English opening with an auxiliary ("do you", "can I", "is there").
    static const QRegularExpression asked(
        QStringLiteral(
            "^est[- ]ce qu|\\b\\w+-(t-)?(vous|il|elle|on|ils|elles)\\b|\\b(\\w+ez|faites|etes|dites) vous\\b|"
            "\\ba t (il|elle|on)\\b|"
            "^(do|does|did|can|could|is|are|will|would|may|should) (i|you|we|the|there|it|my|a|an|your)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // A question asks in its first words: the start of a long letter is enough, and keeps this cheap.
    return tokens.size() >= 3 && asked.match(TextNormalizer::stripAccents(text.left(300)).simplified()).hasMatch();
}

// Where a refusal of something starts in a clause's tokens ("je ne veux pas de certificat", "pas besoin d'un
// prêtre", "I don't need a priest", "bëgguma"), as the index of its first refused word; -1 when there is none.
qsizetype refusalStart(const QStringList &c)
{
    static const QSet<QString> wanting = TextNormalizer::wordSet(
        "veux veut voulons voulez voudrais voudrait souhaite souhaitons cherche demande faut want wants need needs "
        "wish looking asking");
    static const QSet<QString> wolofRefusals = TextNormalizer::wordSet("begguma beguma bugguma soxlawuma soxlaawuma");
    for (qsizetype i = 0; i < c.size(); ++i) {
        const QString &t = c.at(i);
        const QString next = c.value(i + 1);
        if (wolofRefusals.contains(t) || (t == u"duma" && next == u"begg"))
            return i + 1;
        if (t == u"pas" && next == u"besoin")
            return i + 2;
        if (t == u"pas" && ((i > 0 && wanting.contains(c.at(i - 1))) || (i > 1 && wanting.contains(c.at(i - 2)))))
            return i + 1;
        if (t == u"no" && next == u"need")
            return i + 2;
        const bool englishNot = t == u"not" || ((t == u"don" || t == u"doesn" || t == u"didn") && next == u"t");
        if (englishNot) {
            const qsizetype verb = t == u"not" ? i + 1 : i + 2;
            if (verb < c.size() && wanting.contains(c.at(verb)))
                return verb + 1;
        }
    }
    return -1;
}

// The tokens that say what a message asks for: a topic the sender refuses ("je ne veux pas parler à quelqu'un, je
// veux juste les horaires") is dropped up to the clause's end or a "mais"/"juste"/"but" that turns to the request.
QStringList requestedTokens(const QString &text, const QStringList &tokens)
{
    static const QSet<QString> triggers =
        TextNormalizer::wordSet("pas not no t begguma beguma bugguma soxlawuma soxlaawuma duma");
    static const QSet<QString> turns = TextNormalizer::wordSet(
        "mais but juste just seulement only plutot rather instead veux want voudrais souhaite begg");
    if (std::none_of(tokens.cbegin(), tokens.cend(), [](const QString &t) { return triggers.contains(t); }))
        return tokens;
    QStringList out;
    static const QRegularExpression clauseEnd(QStringLiteral("[,.;:!?\\n]"));
    for (const QString &clause : text.left(20000).split(clauseEnd, Qt::SkipEmptyParts)) {
        const QStringList c = TextNormalizer::tokens(clause);
        const qsizetype start = refusalStart(c);
        if (start < 0) {
            out += c;
            continue;
        }
        qsizetype end = start;
        while (end < c.size() && !turns.contains(c.at(end)))
            ++end;
        out += c.mid(0, start);
        out += c.mid(end);
    }
    return out;
}

// A typo away. Two words of four letters differing by one letter are most often two words ("cote" and "code",
// "mere" and "pere", "dure" and "cure"): between them only swapped letters count as a typo.
bool closeEnough(const QString &token, const QString &term)
{
    if (token.size() == 4 && term.size() == 4) {
        QString a = token;
        QString b = term;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        return a == b && TextNormalizer::fuzzyEquals(token, term);
    }
    return TextNormalizer::fuzzyEquals(token, term);
}

QString snakeCase(const QString &phrase)
{
    return TextNormalizer::normalize(phrase).replace(QLatin1Char(' '), QLatin1Char('_'));
}

double confidenceFor(double best, double second)
{
    const double strength = 1.0 - std::exp(-best / 3.0);
    const double margin = best > 0 ? (best - second) / best : 0;
    return std::clamp(strength * (0.5 + 0.5 * margin), 0.0, 0.99);
}

} // namespace

OfflineRouter::OfflineRouter(const QList<RoutableService> &services)
{
    for (const RoutableService &service : services) {
        m_menu.append(service.id);
        if (service.enabled)
            m_enabled.insert(service.id);
        addKeywords(service.id, service.keywords);
        if (service.decisiveEntities.contains(QLatin1String("parent_code")))
            m_parentCodeServices.append(service.id);
    }
    // Buckets by length: a token is compared only with terms a typo or two away in length.
    for (qsizetype id = 0; id < m_terms.size(); ++id) {
        const Term &t = m_terms.at(id);
        if (t.prefix) {
            m_prefixTerms.append(int(id));
        } else if (t.text.size() >= 4) {
            if (m_fuzzyByLength.size() <= t.text.size())
                m_fuzzyByLength.resize(t.text.size() + 1);
            m_fuzzyByLength[t.text.size()].append(int(id));
        }
    }
}

int OfflineRouter::termId(const QString &text, bool prefix)
{
    const QString key = prefix ? text + QLatin1Char('*') : text;
    const auto it = m_termIndex.constFind(key);
    if (it != m_termIndex.constEnd())
        return *it;
    m_terms.append(Term{text, prefix});
    m_termIndex.insert(key, int(m_terms.size() - 1));
    return int(m_terms.size() - 1);
}

void OfflineRouter::addKeywords(domain::ServiceId service, const QList<domain::WeightedKeyword> &keywords)
{
    for (const domain::WeightedKeyword &k : keywords) {
        const bool prefix = k.phrase.endsWith(QLatin1Char('*'));
        // Keywords go through the same normalization as messages, so "baptême" and "stp" are written as people do.
        const QStringList words = TextNormalizer::tokens(prefix ? k.phrase.chopped(1) : k.phrase);
        if (words.isEmpty() || k.weight <= 0)
            continue;
        Phrase p;
        p.weight = k.weight;
        p.service = service;
        p.label = snakeCase(k.phrase);
        for (qsizetype i = 0; i < words.size(); ++i)
            p.terms.append(termId(words.at(i), prefix && i == words.size() - 1));
        m_phrases.append(p);
    }
}

QList<QList<int>> OfflineRouter::matchTokens(const QStringList &tokens) const
{
    QList<QList<int>> matches(tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        QList<int> &hits = matches[i];
        for (const int id : m_prefixTerms) {
            if (token.startsWith(m_terms.at(id).text))
                hits.append(id);
        }
        if (const auto exact = m_termIndex.constFind(token); exact != m_termIndex.constEnd()) {
            // A word the keywords know is taken as written: "inscrire" is not a misspelt "inscrit".
            hits.append(*exact);
            continue;
        }
        // Function words match only exactly: a typo allowance would turn "mais" into "mass".
        if (token.size() < 4 || TextNormalizer::isStopWord(token))
            continue;
        const qsizetype from = std::max<qsizetype>(4, token.size() - 2);
        const qsizetype to = std::min<qsizetype>(m_fuzzyByLength.size() - 1, token.size() + 2);
        for (qsizetype len = from; len <= to; ++len) {
            for (const int id : m_fuzzyByLength.at(len)) {
                if (closeEnough(token, m_terms.at(id).text))
                    hits.append(id);
            }
        }
    }
    return matches;
}

QHash<domain::ServiceId, OfflineRouter::Scored> OfflineRouter::score(const QStringList &tokens) const
{
    const QList<QList<int>> matches = matchTokens(tokens);
    QHash<domain::ServiceId, Scored> scored;
    for (const Phrase &p : m_phrases) {
        if (!isEnabled(p.service))
            continue;
        bool found = false;
        for (qsizetype start = 0; !found && start + p.terms.size() <= tokens.size(); ++start) {
            found = true;
            for (qsizetype j = 0; found && j < p.terms.size(); ++j)
                found = matches.at(start + j).contains(p.terms.at(j));
        }
        if (!found)
            continue;
        Scored &s = scored[p.service];
        s.score += p.weight;
        if (p.weight > s.bestWeight) {
            s.bestWeight = p.weight;
            s.label = p.label;
        }
    }
    return scored;
}

QHash<domain::ServiceId, double> OfflineRouter::scores(const QString &text) const
{
    QHash<domain::ServiceId, double> out;
    const QHash<domain::ServiceId, Scored> scored = score(TextNormalizer::tokens(text));
    for (auto it = scored.begin(); it != scored.end(); ++it)
        out.insert(it.key(), it.value().score);
    return out;
}

domain::RoutingResult OfflineRouter::decide(const QHash<domain::ServiceId, Scored> &scored) const
{
    domain::RoutingResult r;
    r.source = domain::RoutingSource::Offline;
    domain::ServiceId best = domain::ServiceId::Unknown;
    double bestScore = 0;
    double secondScore = 0;
    for (auto it = scored.begin(); it != scored.end(); ++it) {
        if (it.value().score > bestScore) {
            secondScore = bestScore;
            bestScore = it.value().score;
            best = it.key();
        } else if (it.value().score > secondScore) {
            secondScore = it.value().score;
        }
    }
    if (best == domain::ServiceId::Unknown || bestScore < kMinScore || bestScore - secondScore < 0.25) {
        r.intent = QStringLiteral("inconnu");
        r.confidence = std::min(0.3, bestScore / 10.0);
        return r;
    }
    r.service = best;
    r.intent = scored.value(best).label;
    r.confidence = confidenceFor(bestScore, secondScore);
    return r;
}

domain::RoutingResult OfflineRouter::route(const QString &text) const
{
    const QString normalized = TextNormalizer::normalize(text);
    const QStringList rawTokens = normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const LanguageDetector::Detection language = LanguageDetector::detectTokens(rawTokens);

    domain::RoutingResult r;
    if (const domain::ServiceId choice = menuChoice(normalized); choice != domain::ServiceId::Unknown) {
        r.source = domain::RoutingSource::Menu;
        r.language = language.language;
        if (isEnabled(choice)) {
            r.service = choice;
            r.intent = QStringLiteral("menu_choice");
            r.confidence = 1.0;
        } else {
            r.intent = QStringLiteral("service_disabled");
            r.entities.insert(QStringLiteral("requested_service"), domain::serviceName(choice));
        }
        return r;
    }

    const QStringList tokens = TextNormalizer::tokens(text);
    if (const QString urgency = UrgencyDetector::reason(tokens); !urgency.isEmpty()) {
        r.source = domain::RoutingSource::Offline;
        r.service = domain::ServiceId::ContactHumain;
        r.intent = QStringLiteral("urgence_pastorale");
        r.confidence = 0.95;
        r.language = language.language;
        r.entities.insert(QStringLiteral("urgent"), true);
        r.entities.insert(QStringLiteral("urgency"), urgency);
        return r;
    }
    const QString parentCode = extractParentCode(text);
    QHash<domain::ServiceId, Scored> scored;
    const QString smallTalk = parentCode.isEmpty() ? smallTalkIntent(tokens) : QString();
    if (smallTalk.isEmpty()) {
        // The request is in the first words: scoring looks at no more than kMaxRoutedTokens of them, so that a very
        // long message costs no more than a short letter.
        scored = score(requestedTokens(text, tokens).mid(0, kMaxRoutedTokens));
        // A parent code is the strongest sign there is of a request to the service that asks for it.
        for (const domain::ServiceId service : m_parentCodeServices) {
            if (parentCode.isEmpty() || !isEnabled(service))
                continue;
            Scored &s = scored[service];
            s.score += 4.0;
            if (s.bestWeight < 4.0) {
                s.bestWeight = 4.0;
                s.label = QStringLiteral("code_parent");
            }
        }
        r = decide(scored);
        double strongest = 0;
        for (const Scored &s : std::as_const(scored))
            strongest = std::max(strongest, s.score);
        if (r.service == domain::ServiceId::Unknown && strongest < kMinScore && isQuestion(text, tokens) &&
            isEnabled(domain::ServiceId::Renseignement)) {
            // A question no keyword recognises is still most likely about the parish: the information service
            // searches the FAQ and offers a person when nothing answers it.
            r.service = domain::ServiceId::Renseignement;
            r.intent = QStringLiteral("question");
            r.confidence = 0.4;
        }
    } else {
        r.source = domain::RoutingSource::Offline;
        r.intent = smallTalk;
        r.confidence = 0.9;
    }
    r.language = language.language;
    if (!parentCode.isEmpty())
        r.entities.insert(QStringLiteral("parent_code"), parentCode);
    if (const QString child = extractChildFirstName(text); !child.isEmpty())
        r.entities.insert(QStringLiteral("child_first_name"), child);
    return r;
}

int OfflineRouter::menuNumber(const QString &normalizedText)
{
    static const QHash<QString, int> choices = [] {
        QHash<QString, int> c;
        const auto add = [&c](const char *words, int number) {
            for (const QString &w : QString::fromLatin1(words).split(QLatin1Char(','), Qt::SkipEmptyParts))
                c.insert(w, number);
        };
        // French, English and Wolof (benn, ñaar, ñett, ñeent, juróom: accents stripped).
        add("1,un,one,1er,premier,first,benn,ben", 1);
        add("2,deux,two,2e,2eme,deuxieme,second,naar,nyaar", 2);
        add("3,trois,three,3e,3eme,troisieme,third,nett,nyett", 3);
        add("4,quatre,four,4e,4eme,quatrieme,fourth,neent,nyeent", 4);
        add("5,cinq,five,5e,5eme,cinquieme,fifth,juroom", 5);
        return c;
    }();
    if (normalizedText.size() > 40)
        return 0; // a choice is a word or two
    QString t = normalizedText;
    for (const char *lead : {"option ", "choix ", "menu ", "numero ", "number ", "je choisis ", "le ", "n "}) {
        if (t.startsWith(QLatin1String(lead)))
            t = t.mid(qsizetype(qstrlen(lead)));
    }
    // "3 svp", "2 please", "1 merci": the politeness after a number does not change the choice.
    for (const char *tail : {" s il vous plait", " s il te plait", " svp", " stp", " please", " pls", " merci"}) {
        if (t.endsWith(QLatin1String(tail)))
            t.chop(qsizetype(qstrlen(tail)));
    }
    return choices.value(t, 0);
}

domain::ServiceId OfflineRouter::menuChoice(const QString &normalizedText) const
{
    const int number = menuNumber(normalizedText);
    return number > 0 ? m_menu.value(number - 1, domain::ServiceId::Unknown) : domain::ServiceId::Unknown;
}

QString OfflineRouter::extractParentCode(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![\\p{L}\\d])(\\p{L}{2,3})(\\s*-\\s*|\\s?)(\\d{4})(?!\\d)"));
    // Words that precede a four-digit number in ordinary sentences ("en 2024", "au 2025").
    static const QSet<QString> notPrefixes = TextNormalizer::wordSet(
        "au le la de du en et un on at in of to ma me ta te des les une aux par sur the and for ou nan "
        "mes tes ses nos vos est an avant apres vers des jan fev mar avr mai jui aou sep oct nov dec");
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString letters = TextNormalizer::stripAccents(m.captured(1)).toUpper();
        const bool hyphen = m.captured(2).contains(QLatin1Char('-'));
        if (!hyphen && notPrefixes.contains(letters.toLower()))
            continue;
        if (letters.size() == 3 && !hyphen && m.captured(2).size() > 0)
            continue; // "rdv 1530" is not a code
        return letters + QLatin1Char('-') + m.captured(3);
    }
    return {};
}

QString OfflineRouter::extractChildFirstName(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "(?i:\\b(?:mon fils|ma fille|mon enfant|mon gar[cç]on|ma petite|mon petit|my son|my daughter|my child|"
        "de|pour|for|d'|d’))\\s*([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)"));
    static const QSet<QString> notNames = TextNormalizer::wordSet(
        "dakar sainte saint anne dieu jesus christ noel paques paroisse eglise messe catechisme catechese "
        "monsieur madame pere abbe soeur frere lundi mardi mercredi jeudi vendredi samedi dimanche janvier "
        "fevrier mars avril mai juin juillet aout septembre octobre novembre decembre est il elle je sunday "
        "monday saturday mass the plateau senegal france svp stp merci bonjour");
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!notNames.contains(TextNormalizer::normalize(name)))
            return name;
    }
    return {};
}

} // namespace concierge::ai
