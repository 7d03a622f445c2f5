#include "ai/UrgencyDetector.h"

#include "core/TextNormalizer.h"

#include <QSet>

namespace concierge::ai {

namespace {

using Words = QSet<QString>;

bool any(const QStringList &tokens, const Words &words)
{
    for (const QString &t : tokens) {
        if (words.contains(t))
            return true;
    }
    return false;
}

// "passed away", "mu ngi dem" (is leaving us), "dafa dee" (has died): pairs of consecutive tokens.
bool anyPair(const QStringList &tokens, const QList<QPair<QString, QString>> &pairs)
{
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        for (const auto &[first, second] : pairs) {
            if (tokens.at(i) == first && tokens.at(i + 1) == second)
                return true;
        }
    }
    return false;
}

// Someone is dying or asks for the sacrament of the sick: urgent whatever else the message says.
bool endOfLife(const QStringList &tokens)
{
    static const Words words = TextNormalizer::wordSet(
        "mourant mourante mourir meurt agonie agonise agonisant onction extreme dying anointing");
    static const QList<QPair<QString, QString>> pairs = {
        {QStringLiteral("derniers"), QStringLiteral("sacrements")},
        {QStringLiteral("last"), QStringLiteral("rites")},
        {QStringLiteral("ngi"), QStringLiteral("dem")},
    };
    return any(tokens, words) || anyPair(tokens, pairs);
}

// A death, unless the message is about a Mass for someone who died long ago.
bool death(const QStringList &tokens)
{
    static const Words words =
        TextNormalizer::wordSet("deces decede decedee decedes deceder mort morte died dead death");
    static const Words massIntention = TextNormalizer::wordSet(
        "messe messes mass intention intentions anniversaire requiem offrir offrande annee ans dernier derniere "
        "last year years ago");
    static const Words losses = TextNormalizer::wordSet(
        "bebe enfant fils fille mari femme epouse epoux pere mere papa maman baby child son daughter husband wife");
    static const QList<QPair<QString, QString>> pairs = {
        {QStringLiteral("dafa"), QStringLiteral("dee")},
        {QStringLiteral("ku"), QStringLiteral("dee")},
        {QStringLiteral("passed"), QStringLiteral("away")},
    };
    const bool lost = (tokens.contains(QLatin1String("perdre")) || tokens.contains(QLatin1String("perdu")) ||
                       tokens.contains(QLatin1String("lost"))) &&
                      any(tokens, losses);
    return (any(tokens, words) || anyPair(tokens, pairs) || lost) && !any(tokens, massIntention);
}

bool sickAskingForPriest(const QStringList &tokens)
{
    static const Words sick =
        TextNormalizer::wordSet("hopital hospital hospitalise hospitalisee reanimation malade sick ill accident");
    static const Words priest = TextNormalizer::wordSet(
        "pretre pretres pere abbe cure priest father sacrement sacrements communion visite visit benir");
    return any(tokens, sick) && any(tokens, priest);
}

bool funeral(const QStringList &tokens)
{
    static const Words words =
        TextNormalizer::wordSet("obseques enterrement enterrer funerailles inhumation funeral burial");
    return any(tokens, words);
}

// "Urgent" alone may be about a certificate; with a priest, a sick person or a death it is pastoral.
bool emergency(const QStringList &tokens)
{
    static const Words urgent = TextNormalizer::wordSet("urgent urgente urgence urgences urgemment emergency urgently");
    static const Words pastoral = TextNormalizer::wordSet(
        "pretre pere abbe cure priest malade sick hopital hospital deces mort dying accident grave aidez help");
    return any(tokens, urgent) && any(tokens, pastoral);
}

} // namespace

QString UrgencyDetector::reason(const QStringList &tokens)
{
    if (endOfLife(tokens))
        return QStringLiteral("fin_de_vie");
    if (death(tokens))
        return QStringLiteral("deces");
    if (funeral(tokens))
        return QStringLiteral("obseques");
    if (sickAskingForPriest(tokens))
        return QStringLiteral("malade_hopital");
    if (emergency(tokens))
        return QStringLiteral("urgence");
    return {};
}

} // namespace concierge::ai
